#!/usr/bin/env python3
"""Small network helpers for the interoperability tests.

  tpmnet.py free-port                      print a free TCP port on 127.0.0.1
  tpmnet.py wait-port HOST PORT SECONDS    poll until HOST:PORT accepts a
                                           connection (exit 1 on timeout)
  tpmnet.py startup HOST PORT              send TPM_Startup(ST_CLEAR) to a
                                           TPM 1.2 speaking raw commands on
                                           HOST:PORT; print the return code.
                                           0 and 0x26 (already started) are
                                           both success.

Every network operation has a timeout; nothing here waits unbounded.
"""
import socket
import struct
import sys
import time

TPM_INVALID_POSTINIT = 0x26


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_port(host: str, port: int, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while True:
        try:
            with socket.create_connection((host, port), timeout=1.0):
                return True
        except OSError:
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.05)  # poll interval of a condition loop


def recv_exact(sock: socket.socket, n: int) -> bytes:
    data = b""
    while len(data) < n:
        chunk = sock.recv(n - len(data))
        if not chunk:
            raise OSError(f"connection closed after {len(data)} of {n} bytes")
        data += chunk
    return data


def startup(host: str, port: int) -> int:
    # tag 0x00C1, paramSize 12, ordinal TPM_ORD_Startup 0x99, ST_CLEAR 1
    request = struct.pack(">HII H", 0x00C1, 12, 0x99, 1)
    with socket.create_connection((host, port), timeout=30.0) as s:
        s.sendall(request)
        header = recv_exact(s, 10)
        _tag, size, rc = struct.unpack(">HII", header)
        if size > 10:
            recv_exact(s, size - 10)
    return rc


def main(argv: list[str]) -> int:
    if len(argv) >= 1 and argv[0] == "free-port":
        print(free_port())
        return 0
    if len(argv) == 4 and argv[0] == "wait-port":
        return 0 if wait_port(argv[1], int(argv[2]), float(argv[3])) else 1
    if len(argv) == 3 and argv[0] == "startup":
        rc = startup(argv[1], int(argv[2]))
        print(f"TPM_Startup(ST_CLEAR): 0x{rc:x}")
        return 0 if rc in (0, TPM_INVALID_POSTINIT) else 1
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
