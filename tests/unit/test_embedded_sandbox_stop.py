"""Stopping the embedded sandbox leaves no socket behind, even with connections arriving.

A connection accepted just before the server closed used to get a transport
that the closed server refused to attach: half-built, it kept its socket, and
an unclosed-transport ResourceWarning surfaced in whichever later test
collected it (``filterwarnings = error`` makes that an error).
"""

from __future__ import annotations

import gc
import socket

import pytest

from kpadmin.sandbox.embedded import EmbeddedSandbox


@pytest.mark.parametrize("burst", [1, 8, 32])
def test_stop_while_connections_arrive_closes_them_all(burst):
    for _ in range(8):
        sb = EmbeddedSandbox()
        port = int(sb.start().rsplit(":", 1)[1])
        clients = [socket.create_connection(("127.0.0.1", port)) for _ in range(burst)]
        try:
            sb.stop()  # while the sandbox's loop is still accepting them
        finally:
            for client in clients:
                client.close()
        gc.collect()  # a leaked transport warns here, inside this test
