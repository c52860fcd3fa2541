package pgtest

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"

	"github.com/jackc/pgx/v5"
)

// TestCluster starts a cluster, as each user root would run it as when
// the tests run as root (as in CI): the server answers on its port, runs
// as that user (not root), and is restarted on the same port.
func TestCluster(t *testing.T) {
	users := []string{"the test's user"}
	if os.Geteuid() == 0 {
		users = runAs
	}
	for _, name := range users {
		t.Run(name, func(t *testing.T) {
			if os.Geteuid() == 0 {
				old := runAs
				runAs = []string{name}
				defer func() { runAs = old }()
			}
			c := Start(t)
			url := c.NewDatabase("x")
			query := func() string {
				ctx := context.Background()
				conn, err := pgx.Connect(ctx, url)
				if err != nil {
					t.Fatal(err)
				}
				defer conn.Close(ctx)
				var who string
				if err := conn.QueryRow(ctx, "SELECT current_database() || ' ' || current_setting('server_encoding')").Scan(&who); err != nil {
					t.Fatal(err)
				}
				return who
			}
			if got := query(); got != "x UTF8" {
				t.Errorf("server says %q", got)
			}
			pid, err := os.ReadFile(filepath.Join(c.Dir, "data", "postmaster.pid"))
			if err != nil {
				t.Fatal(err)
			}
			status, err := os.ReadFile("/proc/" + strings.SplitN(string(pid), "\n", 2)[0] + "/status")
			if err != nil {
				t.Skip("no /proc to read the server's user from")
			}
			var uid string
			for _, l := range strings.Split(string(status), "\n") {
				if f := strings.Fields(l); len(f) > 1 && f[0] == "Uid:" {
					uid = f[1]
				}
			}
			if uid == "0" || (c.cred == nil && uid != strconv.Itoa(os.Geteuid())) ||
				(c.cred != nil && uid != strconv.Itoa(int(c.cred.Uid))) {
				t.Errorf("server runs as uid %s", uid)
			}
			var st syscall.Stat_t
			if err := syscall.Stat(filepath.Join(c.Dir, "data"), &st); err != nil || strconv.Itoa(int(st.Uid)) != uid {
				t.Errorf("data directory owned by %d, server runs as %s (%v)", st.Uid, uid, err)
			}
			c.Stop()
			c.Start()
			if got := query(); got != "x UTF8" {
				t.Errorf("after a restart the server says %q", got)
			}
		})
	}
}
