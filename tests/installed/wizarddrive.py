#!/usr/bin/python3
"""Drives the installed wizard through its accessibility interface (AT-SPI), as a screen
reader or a user with a keyboard would: it finds the window of `tpm-provisioner`, reads the
page, and presses the buttons a person presses (runs in the guest, in the user's session).

    wizarddrive.py MODE OUT_FILE TIMEOUT

MODE "until-restart": press Next until the wizard offers to restart the computer, then
                      press that.
MODE "until-done":    press Next until the wizard offers Finish, then press it (done when
                      the wizard has closed).
The question that follows the final press ("Restart the computer?") is answered Yes. Every
page passed (its texts and buttons) is appended to OUT_FILE. Any other dialog (an error), or
no progress within TIMEOUT seconds, fails (exit 1).
"""

import sys
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi  # noqa: E402

APP = "tpm-provisioner"
POLL = 0.25  # AT-SPI has no "page changed" event for a QWizard; the tree is re-read


def walk(node, depth=0):
    if node is None or depth > 40:
        return
    yield node
    for i in range(node.get_child_count()):
        yield from walk(node.get_child_at_index(i), depth + 1)


def states(node):
    return node.get_state_set()


def showing(node):
    s = states(node)
    return s.contains(Atspi.StateType.SHOWING) and s.contains(Atspi.StateType.VISIBLE)


def enabled(node):
    return states(node).contains(Atspi.StateType.ENABLED)


def application():
    desktop = Atspi.get_desktop(0)
    for i in range(desktop.get_child_count()):
        app = desktop.get_child_at_index(i)
        if app is not None and app.get_name() == APP:
            return app
    return None


def screen(app):
    """(buttons {name: node}, texts, windows): what is on screen now; windows counts the
    application's top-level windows showing (the wizard; more means a dialog opened)."""
    buttons, texts = {}, []
    windows = 0
    for i in range(app.get_child_count()):
        top = app.get_child_at_index(i)
        try:
            if top is None or not showing(top):
                continue
        except gi.repository.GLib.Error:
            continue
        windows += 1
        for node in walk(top):
            try:
                if not showing(node):
                    continue
                role = node.get_role()
                name = node.get_name() or ""
            except gi.repository.GLib.Error:
                continue  # a widget that went away while we looked
            if role == Atspi.Role.PUSH_BUTTON and name:
                buttons[name] = node
            elif role in (Atspi.Role.LABEL, Atspi.Role.STATIC) and name.strip():
                texts.append(name.strip())
    return buttons, texts, windows


# The wizard's forward button: "Next >", or what it starts where that cannot be undone.
FORWARD = ("Next >", "Turn on the TPM", "Take ownership", "Continue")


def press(node):
    # Accessible objects implement the Action interface: action 0 of a button is "press".
    if not node.do_action(0):
        raise RuntimeError("pressing %r did nothing" % node.get_name())


def main():
    mode, out_path, limit = sys.argv[1], sys.argv[2], float(sys.argv[3])
    deadline = time.monotonic() + limit
    out = open(out_path, "a", encoding="utf-8")

    def note(text):
        out.write(text + "\n")
        out.flush()

    # The restart button's accessible name (what a screen reader says) is the long form.
    target = {"until-restart": ("Restart the computer now", "Power the computer off now"),
              "until-done": ("Finish",)}[mode]
    last_texts = None
    pressed_on = None
    target_pressed = False
    while time.monotonic() < deadline:
        app = application()
        if app is None:
            if target_pressed:
                return 0  # Finish closed the wizard
            time.sleep(POLL)
            continue
        buttons, texts, windows = screen(app)
        if texts != last_texts:
            note("--- page ---\n%s\nbuttons: %s" % ("\n".join(texts), ", ".join(
                "%s%s" % (n, "" if enabled(b) else " (disabled)") for n, b in buttons.items())))
            last_texts = texts
        if windows > 1:
            # A question the user answers yes to (the restart's "Unsaved work is lost"), or
            # an error, which ends the drive.
            if target_pressed and "Yes" in buttons:
                note("confirming: Yes")
                press(buttons["Yes"])
                return 0
            note("FAILED: a dialog opened over the wizard")
            return 1
        for name in target:
            node = buttons.get(name)
            if node is not None and enabled(node) and not target_pressed:
                note("pressing %s" % name)
                press(node)
                target_pressed = True
        # The forward button is named for what it does on some pages.
        forward = next((n for n in FORWARD if n in buttons), None)
        node = buttons.get(forward) if forward else None
        if not target_pressed and node is not None and enabled(node) and pressed_on != texts:
            note("pressing %s" % forward)
            press(node)
            pressed_on = texts  # press again only once the page has changed
        time.sleep(POLL)
    note("FAILED: no progress within %d s" % limit)
    return 1

if __name__ == "__main__":
    sys.exit(main())
