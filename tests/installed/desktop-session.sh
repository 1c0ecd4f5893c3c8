#!/bin/bash
# A desktop session for the installed tier's wizard scenario, run as the user in a logind
# session on seat0 (installed_tests.py: seat_run). Stands in for what a desktop provides:
# an X server (Xvfb), the session bus environment, an unlocked login keyring
# (gnome-keyring), a polkit agent for the session (pkttyagent, answered by ptydrive.py),
# and the accessibility bus the driver reads the wizard through.
#
#   desktop-session.sh BOOT
#
# Boot 1 starts the wizard and drives it to "Restart now" (the wizard asks logind; the
# machine reboots under this script). Boot 2 starts the session's XDG autostart entries,
# as a desktop does at login: the wizard's resume entry starts it again, and it is driven
# to Finish. Outputs go to the share as desktop-BOOT.* files.
set -uo pipefail
boot="$1"
share=/mnt/share
out="$share/desktop-$boot"
exec >"$out.log" 2>&1
say() { echo "desktop: $*"; }

export XDG_RUNTIME_DIR="/run/user/$(id -u)"
export DBUS_SESSION_BUS_ADDRESS="unix:path=$XDG_RUNTIME_DIR/bus"
export XDG_SESSION_TYPE=x11 XDG_CURRENT_DESKTOP=itest
# Qt speaks AT-SPI only when asked (no desktop here turns accessibility on).
export QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1

# X: Xvfb writes its display number once it accepts clients.
exec {xfd}< <(exec Xvfb -displayfd 1 -screen 0 1366x768x24 -nolisten tcp 2>"$out.xvfb.log")
IFS= read -r -t 60 -u "$xfd" display || { say "Xvfb did not start"; exit 1; }
export DISPLAY=":$display"
say "Xvfb on $DISPLAY"
systemctl --user import-environment DISPLAY XDG_SESSION_TYPE XDG_CURRENT_DESKTOP \
    QT_LINUX_ACCESSIBILITY_ALWAYS_ON QT_ACCESSIBILITY
dbus-update-activation-environment DISPLAY XDG_SESSION_TYPE QT_LINUX_ACCESSIBILITY_ALWAYS_ON \
    QT_ACCESSIBILITY

# The login keyring, unlocked with the login password as pam_gnome_keyring would (created
# on the first boot).
gnome-keyring-daemon --replace --unlock --components=secrets <"$HOME/.itest-login-secret" \
    >"$out.keyring-env" || { say "gnome-keyring-daemon failed"; exit 1; }

# The polkit agent a desktop would provide, for the wizard's process: pkttyagent on a
# terminal that ptydrive.py answers with the login password.
start_agent() {
    exec {afd}< <(exec /usr/bin/python3 "$share/ptydrive.py" "desktop-$boot-agent" 1800 here \
        "$(id -un)" "$HOME/.itest-login-secret" pkttyagent --process "$1")
    IFS= read -r -t 60 -u "$afd" agent || { say "the polkit agent did not register"; exit 1; }
    say "polkit agent for pid $1: $agent"
}

if [[ "$boot" == 1 ]]; then
    tpm-provisioner >"$out.wizard.log" 2>&1 &
    start_agent "$!"
    /usr/bin/python3 "$share/wizarddrive.py" until-restart "$out.pages" 900
    rc=$?
    say "driver exited $rc"
    echo "$rc" >"$out.driver.rc"
    # The wizard asked logind to restart: the machine goes down under us.
    wait
    exit "$rc"
fi

ls -l "$HOME/.config/autostart/" >"$out.autostart-before" 2>&1
# What a desktop does at login: the session's autostart entries (systemd's XDG autostart
# generator made a user service of the wizard's resume entry).
unit='app-io.github.TpmProvisioner@autostart.service'
systemctl --user start itest-desktop.target || say "itest-desktop.target did not start"
pid="$(systemctl --user show -p MainPID --value "$unit")"
[[ -n "$pid" && "$pid" != 0 ]] || { say "the autostart entry started no wizard"; exit 1; }
start_agent "$pid"
/usr/bin/python3 "$share/wizarddrive.py" until-done "$out.pages" 900
rc=$?
say "driver exited $rc"
echo "$rc" >"$out.driver.rc"
systemctl --user status --no-pager "$unit" \
    >"$out.autostart-unit" 2>&1
ls -l "$HOME/.config/autostart/" >"$out.autostart-after" 2>&1
# The kept password, read from the keyring outside Qt (QtKeychain's libsecret attributes).
secret-tool search --all server tpm-provisioner >"$out.keyring" 2>&1
exit "$rc"
