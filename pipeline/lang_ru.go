package pipeline

// Russian is analysed by lang/ru, registered on import.
import _ "github.com/kronika/kronika/lang/ru"
