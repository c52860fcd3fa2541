package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"
)

// interruptContext gives a context that ends on Ctrl-C or SIGTERM: what
// stops the long-running commands (serve, worker, ingest --follow and
// --queue).
func interruptContext() (context.Context, context.CancelFunc) {
	return signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
}
