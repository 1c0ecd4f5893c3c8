"""D-Bus for the Python test tiers, through jeepney (python3-jeepney): the wire format,
authentication and message parsing are jeepney's; this module only gives the fixtures the
few calls they need, with a deadline on every wait.

Why not gdbus/dbus-send: the helper tests send arguments of the WRONG type on purpose (gdbus
converts to the introspected signature), must know their own unique name (a polkit
"system-bus-name" subject), wait for signals with a bound, and drop the connection at a
chosen moment. jeepney builds a message from any signature and values given.

    bus = Connection(address)
    reply = bus.call("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
                     "NameHasOwner", "s", ["org.freedesktop.PolicyKit1"])
    # reply.body == [True]; a D-Bus error raises DBusError(name, message)

A variant is written as Variant(signature, value) and read back as its plain value (or as
Variant with Connection(keep_variants=True)).
"""

import time

from jeepney import DBusAddress, HeaderFields, MessageType, new_method_call
from jeepney.bus import get_bus
from jeepney.io.blocking import DBusConnection, prep_socket

__all__ = ["Connection", "DBusError", "Variant", "Message", "signature_split"]


class DBusError(Exception):
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
        return (isinstance(other, Variant) and other.signature == self.signature
                and other.value == self.value)


def _complete_type_end(sig, i):
    """Index just past the complete type starting at sig[i]."""
    c = sig[i]
    if c == "a":
        return _complete_type_end(sig, i + 1)
    if c in "({":
        close = ")" if c == "(" else "}"
        j = i + 1
        while sig[j] != close:
            j = _complete_type_end(sig, j)
        return j + 1
    return i + 1


def signature_split(sig):
    """'aysa{sv}' -> ['ay', 's', 'a{sv}']."""
    parts, i = [], 0
    while i < len(sig):
        j = _complete_type_end(sig, i)
        parts.append(sig[i:j])
        i = j
    return parts


def _to_wire(sig, value):
    """Our values to jeepney's: a variant is a (signature, value) tuple there."""
    c = sig[0]
    if c == "v":
        if not isinstance(value, Variant):
            raise TypeError("a 'v' value must be a Variant, not %r" % (value,))
        return (value.signature, _to_wire(value.signature, value.value))
    if c == "a":
        elem = sig[1:]
        if elem == "y":
            return bytes(value)
        if elem[0] == "{":
            key_sig, value_sig = signature_split(elem[1:-1])
            items = value.items() if isinstance(value, dict) else value
            return {_to_wire(key_sig, k): _to_wire(value_sig, v) for k, v in items}
        return [_to_wire(elem, item) for item in value]
    if c == "(":
        return tuple(_to_wire(p, v) for p, v in zip(signature_split(sig[1:-1]), value))
    return value


def _from_wire(sig, value, keep_variants):
    """jeepney's values to ours (variants unwrapped unless asked to keep them)."""
    c = sig[0]
    if c == "v":
        inner_sig, inner = value
        plain = _from_wire(inner_sig, inner, keep_variants)
        return Variant(inner_sig, plain) if keep_variants else plain
    if c == "a":
        elem = sig[1:]
        if elem == "y":
            return bytes(value)
        if elem[0] == "{":
            key_sig, value_sig = signature_split(elem[1:-1])
            return {_from_wire(key_sig, k, keep_variants): _from_wire(value_sig, v, keep_variants)
                    for k, v in value.items()}
        return [_from_wire(elem, item, keep_variants) for item in value]
    if c == "(":
        return tuple(_from_wire(p, v, keep_variants)
                     for p, v in zip(signature_split(sig[1:-1]), value))
    return value


class Message:
    """A received message, with the header fields the fixtures read."""

    def __init__(self, jmsg, keep_variants):
        fields = jmsg.header.fields
        self.type = jmsg.header.message_type
        self.serial = jmsg.header.serial
        self.signature = fields.get(HeaderFields.signature, "")
        self.path = fields.get(HeaderFields.path)
        self.interface = fields.get(HeaderFields.interface)
        self.member = fields.get(HeaderFields.member)
        self.error_name = fields.get(HeaderFields.error_name)
        self.reply_serial = fields.get(HeaderFields.reply_serial)
        self.sender = fields.get(HeaderFields.sender)
        self.body = [_from_wire(part, value, keep_variants)
                     for part, value in zip(signature_split(self.signature), jmsg.body)]

    def __repr__(self):
        return "<%s %s.%s %s %r>" % (self.type.name, self.interface,
                                     self.member or self.error_name, self.signature, self.body)


class Connection:
    """One connection to a bus at `address`. Not thread-safe; every wait has a deadline.
    Replies and signals that arrive while waiting for something else are kept."""

    def __init__(self, address, timeout=10.0, keep_variants=False):
        self.keep_variants = keep_variants
        try:
            self._conn = DBusConnection(prep_socket(get_bus(address), timeout=timeout))
        except (OSError, TimeoutError) as e:
            raise DBusError("test.dbus.ConnectFailed", "cannot connect to %s: %s" % (address, e))
        self.unique_name = self._conn.unique_name
        self.pending_signals = []
        self.pending_replies = {}  # reply serial -> Message

    # -- sending ---------------------------------------------------------------------------

    def call_async(self, destination, path, interface, member, signature="", args=(), flags=0):
        """Sends a method call; returns its serial for wait_reply."""
        if len(args) != len(signature_split(signature)):
            raise TypeError("signature %r needs %d values, got %r"
                            % (signature, len(signature_split(signature)), args))
        msg = new_method_call(DBusAddress(path, bus_name=destination, interface=interface),
                              member, signature or None,
                              tuple(_to_wire(p, a) for p, a in zip(signature_split(signature), args)))
        msg.header.flags |= flags
        serial = next(self._conn.outgoing_serial)
        self._conn.send(msg, serial=serial)
        return serial

    def call(self, destination, path, interface, member, signature="", args=(), timeout=30.0):
        serial = self.call_async(destination, path, interface, member, signature, args)
        return self.wait_reply(serial, timeout)

    def add_match(self, rule, timeout=10.0):
        self.call("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
                  "AddMatch", "s", [rule], timeout=timeout)

    # -- receiving -------------------------------------------------------------------------

    def _next_message(self, deadline):
        """The next message, or None at the deadline."""
        remaining = deadline - time.monotonic()
        try:
            jmsg = self._conn.receive(timeout=max(0.0, remaining))
        except TimeoutError:
            return None
        except (ConnectionResetError, BrokenPipeError, EOFError) as e:
            raise DBusError("test.dbus.Disconnected", "the bus closed the connection: %s" % e)
        return Message(jmsg, self.keep_variants)

    def wait_reply(self, serial, timeout):
        """The reply to `serial`: a Message, or DBusError for an error reply."""
        deadline = time.monotonic() + timeout
        msg = self.pending_replies.pop(serial, None)
        while msg is None:
            msg = self._next_message(deadline)
            if msg is None:
                raise DBusError("test.dbus.Timeout", "no reply within %.0f s" % timeout)
            if msg.type in (MessageType.method_return, MessageType.error):
                if msg.reply_serial != serial:
                    self.pending_replies[msg.reply_serial] = msg
                    msg = None
            else:
                if msg.type == MessageType.signal:
                    self.pending_signals.append(msg)
                msg = None
        if msg.type == MessageType.error:
            text = msg.body[0] if msg.body and isinstance(msg.body[0], str) else ""
            raise DBusError(msg.error_name, text)
        return msg

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
            if msg.type == MessageType.signal:
                if predicate(msg):
                    return msg
                self.pending_signals.append(msg)
            elif msg.type in (MessageType.method_return, MessageType.error):
                self.pending_replies[msg.reply_serial] = msg

    def close(self):
        try:
            self._conn.close()
        except OSError:
            pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
