// Package pgtest runs a throwaway PostgreSQL cluster for tests: initdb
// into a new temporary directory, the server on a free loopback port
// (and a unix socket in that directory), stopped and removed at the end
// of the test.
//
// The binaries are looked for in $KRONIKA_PG_BIN, then in
// /usr/lib/postgresql/*/bin (Debian's postgresql, newest first), then on
// PATH. When they are absent the test is skipped and says how to get
// them, unless KRONIKA_REQUIRE_PG is set (as CI does): then it fails.
//
// initdb and postgres refuse to run as root. Run as root (as CI is), the
// cluster's directory is given to the user "postgres" (or "nobody" when
// there is none) and the server runs as that user.
package pgtest

import (
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// Cluster is a running (or stopped) test cluster.
type Cluster struct {
	Dir  string // the cluster's directory: data/, the socket, log
	Port int
	bin  string
	cred *syscall.Credential // the user the server runs as; nil: this process's
	t    testing.TB
}

// Bin returns the directory of PostgreSQL's binaries, or "" when they are
// not installed.
func Bin() string {
	if d := os.Getenv("KRONIKA_PG_BIN"); d != "" {
		return d
	}
	dirs, _ := filepath.Glob("/usr/lib/postgresql/*/bin")
	sort.Slice(dirs, func(i, j int) bool {
		vi, _ := strconv.Atoi(filepath.Base(filepath.Dir(dirs[i])))
		vj, _ := strconv.Atoi(filepath.Base(filepath.Dir(dirs[j])))
		return vi > vj
	})
	for _, d := range dirs {
		if _, err := os.Stat(filepath.Join(d, "initdb")); err == nil {
			return d
		}
	}
	if p, err := exec.LookPath("initdb"); err == nil {
		return filepath.Dir(p)
	}
	return ""
}

// Start initialises and starts a cluster for t, stopped and removed when
// t ends.
func Start(t testing.TB) *Cluster {
	t.Helper()
	bin := Bin()
	if bin == "" {
		msg := "PostgreSQL is not installed (no initdb in $KRONIKA_PG_BIN, /usr/lib/postgresql/*/bin or PATH): apt-get install postgresql to run this test"
		if os.Getenv("KRONIKA_REQUIRE_PG") != "" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	dir, err := os.MkdirTemp("", "kronika-pg-")
	if err != nil {
		t.Fatal(err)
	}
	c := &Cluster{Dir: dir, bin: bin, t: t}
	t.Cleanup(func() {
		c.Stop()
		os.RemoveAll(dir)
	})
	if os.Geteuid() == 0 {
		cred, err := unprivileged()
		if err != nil {
			t.Fatal(err)
		}
		c.cred = cred
		if err := os.Chown(dir, int(cred.Uid), int(cred.Gid)); err != nil {
			t.Fatal(err)
		}
	}
	if out, err := c.cmd("initdb", "-D", c.data(), "-A", "trust", "-U", "postgres", "-E", "UTF8",
		"--locale=C", "--no-sync").CombinedOutput(); err != nil {
		t.Fatalf("initdb: %v\n%s", err, out)
	}
	// Settings for a throwaway cluster: no durability, few resources.
	conf := "\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = '" + dir + "'\nfsync = off\n" +
		"synchronous_commit = off\nfull_page_writes = off\nshared_buffers = 32MB\nmax_connections = 60\n" +
		"log_min_messages = warning\n"
	f, err := os.OpenFile(filepath.Join(c.data(), "postgresql.conf"), os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString(conf)
	f.Close()
	c.Port = freePort(t)
	c.Start()
	return c
}

// runAs are the users a root process runs the server as, the first that
// exists.
var runAs = []string{"postgres", "nobody"}

// unprivileged returns the user a root process runs the server as.
func unprivileged() (*syscall.Credential, error) {
	for _, name := range runAs {
		u, err := user.Lookup(name)
		if err != nil {
			continue
		}
		uid, _ := strconv.Atoi(u.Uid)
		gid, _ := strconv.Atoi(u.Gid)
		return &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid)}, nil
	}
	return nil, fmt.Errorf("running as root, and no user (%s) to run PostgreSQL as", strings.Join(runAs, ", "))
}

func freePort(t testing.TB) int {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port
}

func (c *Cluster) data() string { return filepath.Join(c.Dir, "data") }

// cmd is one of the cluster's programs, run as the cluster's user.
func (c *Cluster) cmd(name string, args ...string) *exec.Cmd {
	cmd := exec.Command(filepath.Join(c.bin, name), args...)
	cmd.Dir = c.Dir
	cmd.Env = append(os.Environ(), "LC_ALL=C", "LANG=C")
	if c.cred != nil {
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: c.cred}
		cmd.Env = append(cmd.Env, "HOME="+c.Dir)
	}
	return cmd
}

// Start starts the server (again) and waits until it accepts connections.
func (c *Cluster) Start() {
	c.t.Helper()
	out, err := c.cmd("pg_ctl", "-D", c.data(), "-l", filepath.Join(c.Dir, "log"), "-w", "-t", "60",
		"-o", "-p "+strconv.Itoa(c.Port), "start").CombinedOutput()
	if err != nil {
		log, _ := os.ReadFile(filepath.Join(c.Dir, "log"))
		c.t.Fatalf("pg_ctl start: %v\n%s\n%s", err, out, log)
	}
}

// Stop stops the server (fast: open transactions are rolled back).
func (c *Cluster) Stop() {
	if _, err := os.Stat(filepath.Join(c.data(), "postmaster.pid")); err != nil {
		return
	}
	if out, err := c.cmd("pg_ctl", "-D", c.data(), "-m", "fast", "-w", "stop").CombinedOutput(); err != nil {
		c.t.Logf("pg_ctl stop: %v\n%s", err, out)
	}
}

// URL returns the connection URL of database name on the cluster.
func (c *Cluster) URL(name string) string {
	return fmt.Sprintf("postgres://postgres@127.0.0.1:%d/%s?sslmode=disable", c.Port, name)
}

// NewDatabase creates a new empty database and returns its URL.
func (c *Cluster) NewDatabase(name string) string {
	c.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, c.URL("postgres"))
	if err != nil {
		c.t.Fatal(err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, "CREATE DATABASE "+pgx.Identifier{name}.Sanitize()); err != nil && !strings.Contains(err.Error(), "already exists") {
		c.t.Fatal(err)
	}
	return c.URL(name)
}
