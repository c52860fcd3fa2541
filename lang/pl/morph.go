package pl

import "github.com/kronika/kronika/lang"

// analyzer returns the Polish morphological analyzer.
func analyzer() lang.Analyzer { return nil }
