"""Local stand-ins for servers the site talks to, on 127.0.0.1 ports the system hands
out (each stub's `port`): an SMTP
server that can hang (accept and never answer) and later answer, a socket that accepts
and never answers (a hung cache), and an HTTP server that records purge requests."""

import socket
import socketserver
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer


class _Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True


class SMTPStub:
    """A minimal SMTP server. While `hanging`, it accepts connections and says nothing
    (as a stuck mail server does); after `answer()`, new connections get a real
    conversation and each message's text is kept in `messages`."""

    def __init__(self):
        self.hanging = True
        self.messages = []
        self.connections = 0
        self._release = threading.Event()
        # hold(): after a message's data, keep it and say nothing (as a server that has
        # the mail while its client is killed before the "250" reaches it).
        self.holding = False
        self.received = threading.Event()
        stub = self

        class Handler(socketserver.StreamRequestHandler):
            def handle(self):
                stub.connections += 1
                if stub.hanging:
                    stub._release.wait(30)  # hold the socket open, silent
                    return
                stub._converse(self.rfile, self.wfile)

        self.server = _Server(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def answer(self):
        self.hanging = False

    def hold(self):
        """Answer, but keep each message without acknowledging it."""
        self.hanging = False
        self.holding = True

    def release(self):
        """Stop holding: later messages are acknowledged."""
        self.holding = False

    def _converse(self, rfile, wfile):
        wfile.write(b"220 stub ESMTP\r\n")
        while line := rfile.readline():
            verb = line.strip().split(b" ")[0].upper()
            if verb in (b"EHLO", b"HELO"):
                wfile.write(b"250 stub\r\n")
            elif verb == b"DATA":
                wfile.write(b"354 go ahead\r\n")
                data = []
                while (chunk := rfile.readline()) not in (b".\r\n", b""):
                    data.append(chunk)
                self.messages.append(b"".join(data).decode("utf-8", "replace"))
                self.received.set()
                if self.holding:
                    self._release.wait(30)
                    return
                wfile.write(b"250 queued\r\n")
            elif verb == b"QUIT":
                wfile.write(b"221 bye\r\n")
                return
            else:  # MAIL, RCPT, RSET, NOOP
                wfile.write(b"250 ok\r\n")

    def close(self):
        self._release.set()
        self.server.shutdown()
        self.server.server_close()


class SilentSocket:
    """Accepts TCP connections and never answers: a hung Redis (`kill -STOP`)."""

    def __init__(self):
        self.sock = socket.create_server(("127.0.0.1", 0), backlog=64)
        # The kernel completes handshakes; nobody ever reads.
        self.port = self.sock.getsockname()[1]

    def close(self):
        self.sock.close()


class PurgeRecorder:
    """An HTTP server that answers every request 200 and records (method, path, host),
    as Varnish or nginx's purge endpoint would receive them."""

    def __init__(self):
        self.requests = []
        recorder = self

        class Handler(BaseHTTPRequestHandler):
            def _record(self):
                recorder.requests.append((self.command, self.path, self.headers.get("Host")))
                self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            do_PURGE = do_GET = do_POST = _record  # noqa: N815

            def log_message(self, *args):
                pass

        self.server = HTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()
