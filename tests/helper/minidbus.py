"""A small D-Bus client in the Python standard library, for tests.

Why not gdbus/dbus-send: the helper tests must send arguments of the WRONG type (gdbus call
converts arguments to the introspected signature, dbus-send cannot build structs), must
know their own unique name (for a polkit "system-bus-name" subject), must wait for signals
with a bound, and must be able to drop the connection at a chosen moment.

Scope: unix-socket transports ("unix:path=..." and "unix:abstract=..."), SASL EXTERNAL, the
little-endian wire format, every basic type except unix fds, arrays, structs, dict entries
and variants. Values are plain Python values; a variant is written as Variant(signature,
value) and read back as its plain value (or as Variant when Connection(keep_variants=True)).

    bus = Connection(address)
    reply = bus.call("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
                     "NameHasOwner", "s", ["org.freedesktop.PolicyKit1"])
    # reply.body == [True]; a D-Bus error raises DBusError(name, message)
"""

import os
import select
import socket
import struct
import time

__all__ = ["Connection", "DBusError", "Variant", "Message", "signature_split"]

METHOD_CALL, METHOD_RETURN, ERROR, SIGNAL = 1, 2, 3, 4
FLAG_NO_REPLY_EXPECTED = 0x1

# Header field codes.
F_PATH, F_INTERFACE, F_MEMBER, F_ERROR_NAME, F_REPLY_SERIAL = 1, 2, 3, 4, 5
F_DESTINATION, F_SENDER, F_SIGNATURE, F_UNIX_FDS = 6, 7, 8, 9
_FIELD_TYPES = {
    F_PATH: "o",
    F_INTERFACE: "s",
    F_MEMBER: "s",
    F_ERROR_NAME: "s",
    F_REPLY_SERIAL: "u",
    F_DESTINATION: "s",
    F_SENDER: "s",
    F_SIGNATURE: "g",
    F_UNIX_FDS: "u",
}

_FIXED = {
    "y": ("B", 1),
    "b": ("I", 4),
    "n": ("h", 2),
    "q": ("H", 2),
    "i": ("i", 4),
    "u": ("I", 4),
    "x": ("q", 8),
    "t": ("Q", 8),
    "d": ("d", 8),
    "h": ("I", 4),
}
_ALIGN = dict({k: v[1] for k, v in _FIXED.items()}, s=4, o=4, g=1, a=4, v=1)
_ALIGN["("] = 8
_ALIGN["{"] = 8

MAX_MESSAGE = 128 * 1024 * 1024


class DBusError(Exception):
    """A D-Bus error reply (or a local protocol failure, name io.github.minidbus.*)."""

    def __init__(self, name, message=""):
        super().__init__("%s: %s" % (name, message))
        self.name = name
        self.message = message


class Variant:
    def __init__(self, signature, value):
        self.signature = signature
        self.value = value

    def __repr__(self):
        return "Variant(%r, %r)" % (self.signature, self.value)

    def __eq__(self, other):
        return (
            isinstance(other, Variant)
            and other.signature == self.signature
            and other.value == self.value
        )


def _complete_type_end(sig, i):
    """Index just past the single complete type starting at sig[i]."""
    if i >= len(sig):
        raise ValueError("truncated signature %r" % sig)
    c = sig[i]
    if c == "a":
        return _complete_type_end(sig, i + 1)
    if c in "({":
        close = ")" if c == "(" else "}"
        j = i + 1
        while j < len(sig) and sig[j] != close:
            j = _complete_type_end(sig, j)
        if j >= len(sig):
            raise ValueError("unbalanced signature %r" % sig)
        return j + 1
    if c in _FIXED or c in "sogv":
        return i + 1
    raise ValueError("bad type code %r in signature %r" % (c, sig))


def signature_split(sig):
    """'a{sv}sb' -> ['a{sv}', 's', 'b']"""
    out, i = [], 0
    while i < len(sig):
        j = _complete_type_end(sig, i)
        out.append(sig[i:j])
        i = j
    return out


class _Writer:
    def __init__(self, offset=0):
        self.buf = bytearray()
        self.base = offset

    def pad(self, n):
        pos = self.base + len(self.buf)
        self.buf += b"\0" * ((-pos) % n)

    def write(self, sig, value):
        c = sig[0]
        if c in _FIXED:
            fmt, size = _FIXED[c]
            self.pad(size)
            if c == "b":
                value = 1 if value else 0
            self.buf += struct.pack("<" + fmt, value)
        elif c in "so":
            data = value.encode() if isinstance(value, str) else bytes(value)
            self.pad(4)
            self.buf += struct.pack("<I", len(data)) + data + b"\0"
        elif c == "g":
            data = value.encode()
            self.buf += struct.pack("<B", len(data)) + data + b"\0"
        elif c == "v":
            if not isinstance(value, Variant):
                raise TypeError("a 'v' value must be a Variant, not %r" % (value,))
            self.write("g", value.signature)
            self.write(value.signature, value.value)
        elif c == "a":
            elem = sig[1 : _complete_type_end(sig, 1)]
            self.pad(4)
            len_pos = len(self.buf)
            self.buf += b"\0\0\0\0"
            self.pad(_ALIGN[elem[0]])
            start = len(self.buf)
            if elem[0] == "{":
                items = value.items() if isinstance(value, dict) else value
                for item in items:
                    self.write(elem, item)
            elif elem == "y" and isinstance(value, (bytes, bytearray)):
                self.buf += value
            else:
                for item in value:
                    self.write(elem, item)
            struct.pack_into("<I", self.buf, len_pos, len(self.buf) - start)
        elif c in "({":
            self.pad(8)
            inner = sig[1:-1]
            parts = signature_split(inner)
            value = list(value)
            if len(parts) != len(value):
                raise TypeError("struct %s needs %d values, got %r" % (sig, len(parts), value))
            for part, item in zip(parts, value):
                self.write(part, item)
        else:
            raise ValueError("cannot write type %r" % sig)


class _Reader:
    def __init__(self, data, offset=0, keep_variants=False):
        self.data = data
        self.pos = offset
        self.keep_variants = keep_variants

    def align(self, n):
        self.pos += (-self.pos) % n

    def take(self, n):
        if self.pos + n > len(self.data):
            raise DBusError("io.github.minidbus.Malformed", "message shorter than its contents")
        chunk = self.data[self.pos : self.pos + n]
        self.pos += n
        return chunk

    def read(self, sig):
        c = sig[0]
        if c in _FIXED:
            fmt, size = _FIXED[c]
            self.align(size)
            (value,) = struct.unpack("<" + fmt, self.take(size))
            return bool(value) if c == "b" else value
        if c in "so":
            self.align(4)
            (n,) = struct.unpack("<I", self.take(4))
            value = self.take(n).decode("utf-8", "replace")
            self.take(1)
            return value
        if c == "g":
            (n,) = struct.unpack("<B", self.take(1))
            value = self.take(n).decode()
            self.take(1)
            return value
        if c == "v":
            inner = self.read("g")
            value = self.read(inner)
            return Variant(inner, value) if self.keep_variants else value
        if c == "a":
            elem = sig[1 : _complete_type_end(sig, 1)]
            self.align(4)
            (n,) = struct.unpack("<I", self.take(4))
            self.align(_ALIGN[elem[0]])
            end = self.pos + n
            if elem == "y":
                return bytes(self.take(n))
            items = []
            while self.pos < end:
                items.append(self.read(elem))
            if elem[0] == "{":
                return dict(items)
            return items
        if c in "({":
            self.align(8)
            return tuple(self.read(part) for part in signature_split(sig[1:-1]))
        raise DBusError("io.github.minidbus.Malformed", "cannot read type %r" % sig)


class Message:
    def __init__(self, type_, flags, serial, fields, body, signature):
        self.type = type_
        self.flags = flags
        self.serial = serial
        self.fields = fields
        self.body = body
        self.signature = signature

    path = property(lambda self: self.fields.get(F_PATH))
    interface = property(lambda self: self.fields.get(F_INTERFACE))
    member = property(lambda self: self.fields.get(F_MEMBER))
    error_name = property(lambda self: self.fields.get(F_ERROR_NAME))
    reply_serial = property(lambda self: self.fields.get(F_REPLY_SERIAL))
    sender = property(lambda self: self.fields.get(F_SENDER))

    def __repr__(self):
        kind = {1: "call", 2: "return", 3: "error", 4: "signal"}.get(self.type, "?")
        return "<%s %s.%s %s %r>" % (
            kind,
            self.interface,
            self.member or self.error_name,
            self.signature,
            self.body,
        )


def _encode_message(type_, flags, serial, fields, signature, args):
    body = _Writer()
    parts = signature_split(signature) if signature else []
    if len(parts) != len(args):
        raise TypeError("signature %r needs %d arguments, got %d" % (signature, len(parts), len(args)))
    for part, arg in zip(parts, args):
        body.write(part, arg)
    if signature:
        fields = dict(fields)
        fields[F_SIGNATURE] = signature
    head = _Writer()
    head.buf += struct.pack("<cBBBII", b"l", type_, flags, 1, len(body.buf), serial)
    head.write(
        "a(yv)",
        [(code, Variant(_FIELD_TYPES[code], value)) for code, value in sorted(fields.items())],
    )
    head.pad(8)
    return bytes(head.buf) + bytes(body.buf)


def parse_address(address):
    """First usable unix address of a D-Bus address list -> (family, sockaddr)."""
    for entry in address.split(";"):
        transport, _, params = entry.partition(":")
        if transport != "unix":
            continue
        kv = {}
        for pair in params.split(","):
            if "=" in pair:
                key, _, value = pair.partition("=")
                kv[key] = _unescape(value)
        if "path" in kv:
            return kv["path"]
        if "abstract" in kv:
            return "\0" + kv["abstract"]
    raise ValueError("no unix:path= or unix:abstract= in D-Bus address %r" % address)


def _unescape(value):
    out, i = bytearray(), 0
    raw = value.encode()
    while i < len(raw):
        if raw[i : i + 1] == b"%" and i + 2 < len(raw):
            out.append(int(raw[i + 1 : i + 3], 16))
            i += 3
        else:
            out.append(raw[i])
            i += 1
    return out.decode()


class Connection:
    """One authenticated connection. Not thread-safe; every wait has a deadline."""

    def __init__(self, address, timeout=10.0, keep_variants=False):
        self.keep_variants = keep_variants
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.settimeout(timeout)
        self.sock.connect(parse_address(address))
        self._inbuf = bytearray()
        self._serial = 0
        self.pending_signals = []
        self.pending_replies = {}  # reply_serial -> Message, read while waiting for another
        self._authenticate(timeout)
        self.sock.setblocking(False)
        self.unique_name = self.call(
            "org.freedesktop.DBus",
            "/org/freedesktop/DBus",
            "org.freedesktop.DBus",
            "Hello",
            timeout=timeout,
        ).body[0]

    # -- SASL ------------------------------------------------------------------------------

    def _authenticate(self, timeout):
        uid = str(os.geteuid()).encode().hex()
        self.sock.sendall(b"\0AUTH EXTERNAL " + uid.encode() + b"\r\n")
        line = self._read_line(timeout)
        if not line.startswith(b"OK "):
            raise DBusError("io.github.minidbus.AuthFailed", "bus answered %r" % line)
        self.sock.sendall(b"BEGIN\r\n")

    def _read_line(self, timeout):
        deadline = time.monotonic() + timeout
        data = bytearray()
        while not data.endswith(b"\r\n"):
            self.sock.settimeout(max(0.01, deadline - time.monotonic()))
            chunk = self.sock.recv(1)
            if not chunk:
                raise DBusError("io.github.minidbus.Disconnected", "bus closed during auth")
            data += chunk
        return bytes(data[:-2])

    # -- sending ---------------------------------------------------------------------------

    def send(self, type_, fields, signature="", args=(), flags=0):
        self._serial += 1
        data = _encode_message(type_, flags, self._serial, fields, signature, list(args))
        view = memoryview(data)
        deadline = time.monotonic() + 30
        while view:
            _, writable, _ = select.select([], [self.sock], [], max(0, deadline - time.monotonic()))
            if not writable:
                raise DBusError("io.github.minidbus.Timeout", "cannot write to the bus")
            sent = self.sock.send(view)
            view = view[sent:]
        return self._serial

    def call_async(self, destination, path, interface, member, signature="", args=(), flags=0):
        fields = {F_PATH: path, F_MEMBER: member}
        if interface:
            fields[F_INTERFACE] = interface
        if destination:
            fields[F_DESTINATION] = destination
        return self.send(METHOD_CALL, fields, signature, args, flags)

    def call(self, destination, path, interface, member, signature="", args=(), timeout=30.0):
        serial = self.call_async(destination, path, interface, member, signature, args)
        return self.wait_reply(serial, timeout)

    # -- receiving -------------------------------------------------------------------------

    def wait_reply(self, serial, timeout):
        """The reply to `serial`: a Message, or DBusError for an error reply."""
        deadline = time.monotonic() + timeout
        # Replies to other outstanding calls are kept for their own wait_reply.
        msg = self.pending_replies.pop(serial, None)
        while msg is None:
            msg = self._next_message(deadline)
            if msg is None:
                raise DBusError(
                    "io.github.minidbus.Timeout", "no reply within %.0f s" % timeout
                )
            if msg.type in (METHOD_RETURN, ERROR) and msg.reply_serial != serial:
                self.pending_replies[msg.reply_serial] = msg
                msg = None
            elif msg.type == SIGNAL:
                self.pending_signals.append(msg)
                msg = None
            elif msg.type not in (METHOD_RETURN, ERROR):
                msg = None
        if msg.type == ERROR:
            text = msg.body[0] if msg.body and isinstance(msg.body[0], str) else ""
            raise DBusError(msg.error_name, text)
        return msg

    def add_match(self, rule, timeout=10.0):
        self.call(
            "org.freedesktop.DBus",
            "/org/freedesktop/DBus",
            "org.freedesktop.DBus",
            "AddMatch",
            "s",
            [rule],
            timeout=timeout,
        )

    def wait_signal(self, predicate, timeout):
        """The first (queued or new) signal for which predicate(msg) is true, or None."""
        for i, msg in enumerate(self.pending_signals):
            if predicate(msg):
                return self.pending_signals.pop(i)
        deadline = time.monotonic() + timeout
        while True:
            msg = self._next_message(deadline)
            if msg is None:
                return None
            if msg.type == SIGNAL:
                if predicate(msg):
                    return msg
                self.pending_signals.append(msg)

    def _next_message(self, deadline):
        while True:
            msg = self._parse_one()
            if msg is not None:
                return msg
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return None
            readable, _, _ = select.select([self.sock], [], [], remaining)
            if not readable:
                return None
            chunk = self.sock.recv(65536)
            if not chunk:
                raise DBusError("io.github.minidbus.Disconnected", "the bus closed the connection")
            self._inbuf += chunk

    def _parse_one(self):
        if len(self._inbuf) < 16:
            return None
        if self._inbuf[0:1] != b"l":
            raise DBusError("io.github.minidbus.Malformed", "big-endian messages not supported")
        type_, flags, _, body_len, serial, fields_len = struct.unpack_from("<BBBIII", self._inbuf, 1)
        header_len = 16 + fields_len
        header_len += (-header_len) % 8
        total = header_len + body_len
        if total > MAX_MESSAGE:
            raise DBusError("io.github.minidbus.Malformed", "message of %d bytes" % total)
        if len(self._inbuf) < total:
            return None
        data = bytes(self._inbuf[:total])
        del self._inbuf[:total]
        reader = _Reader(data, 12)
        fields = {code: value for code, value in reader.read("a(yv)")}
        signature = fields.get(F_SIGNATURE, "")
        body_reader = _Reader(data[header_len:], 0, self.keep_variants)
        body = [body_reader.read(part) for part in signature_split(signature)]
        return Message(type_, flags, serial, fields, body, signature)

    def close(self):
        try:
            self.sock.close()
        except OSError:
            pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
