#!/usr/bin/env python3
"""The desktop file, the AppStream metainfo, the icon and the screenshots agree.

    check_desktop_files.py --source-dir REPO

Checks what the two validators cannot see: the ids, the launchable, the icon name and the
binary name are the same everywhere; every language the desktop file and the metainfo are
translated to has a .ts file; every screenshot the metainfo names exists under
docs/screenshots/ and is a PNG; the icon is an SVG with a viewBox (scalable). Standard
library only. Prints every problem, exit 1 if there is one.
"""

import argparse
import configparser
import os
import sys
import xml.etree.ElementTree as ET

APP_ID = "io.github.TpmProvisioner"
BINARY = "tpm-provisioner"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
SVG_NS = "{http://www.w3.org/2000/svg}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--source-dir", required=True)
    args = ap.parse_args()
    src = os.path.abspath(args.source_dir)
    desktop_path = os.path.join(src, "resources/desktop", APP_ID + ".desktop")
    metainfo_path = os.path.join(src, "resources/desktop", APP_ID + ".metainfo.xml")
    icon_path = os.path.join(src, "resources/icons", APP_ID + ".svg")
    problems = []

    # The desktop file (configparser reads it: keys are case-sensitive, no interpolation).
    cp = configparser.RawConfigParser(strict=True, delimiters=("=",))
    cp.optionxform = str
    with open(desktop_path, encoding="utf-8") as f:
        cp.read_file(f)
    entry = cp["Desktop Entry"]
    if entry.get("Exec", "").split()[0:1] != [BINARY]:
        problems.append("desktop: Exec=%r does not start %s" % (entry.get("Exec"), BINARY))
    if entry.get("Icon") != APP_ID:
        problems.append("desktop: Icon=%r, expected %s" % (entry.get("Icon"), APP_ID))
    for cat in ("System", "Security", "Settings"):
        if cat not in entry.get("Categories", "").split(";"):
            problems.append("desktop: Categories lacks %s" % cat)
    desktop_langs = {k[k.index("[") + 1:-1].split("_")[0] for k in entry if "[" in k}

    # The metainfo.
    root = ET.parse(metainfo_path).getroot()
    if root.findtext("id") != APP_ID:
        problems.append("metainfo: id %r, expected %s" % (root.findtext("id"), APP_ID))
    launchable = root.find("launchable")
    if launchable is None or launchable.text != os.path.basename(desktop_path):
        problems.append("metainfo: launchable must be %s" % os.path.basename(desktop_path))
    binaries = [b.text for b in root.iter("binary")]
    if BINARY not in binaries:
        problems.append("metainfo: <provides><binary>%s</binary> is missing" % BINARY)
    meta_langs = {e.get(XML_LANG).split("_")[0] for e in root.iter() if e.get(XML_LANG)}
    shots = [i.text.strip() for i in root.iter("image")]
    if not shots:
        problems.append("metainfo: no screenshots")
    for url in shots:
        marker = "/docs/screenshots/"
        if marker not in url:
            problems.append("metainfo: screenshot %s is not under docs/screenshots/" % url)
            continue
        local = os.path.join(src, "docs/screenshots", url.split(marker, 1)[1])
        if not os.path.isfile(local):
            problems.append("metainfo: screenshot %s: %s does not exist (run tools/screenshots)"
                            % (url, os.path.relpath(local, src)))
            continue
        with open(local, "rb") as f:
            if f.read(8) != b"\x89PNG\r\n\x1a\n":
                problems.append("screenshot %s is not a PNG" % os.path.relpath(local, src))

    # Every language offered in the menu entry or the store has the wizard translated too.
    for lang in sorted(desktop_langs | meta_langs):
        ts = os.path.join(src, "translations", "tpm-provisioner_%s.ts" % lang)
        if not os.path.isfile(ts):
            problems.append("language %s: the desktop metadata is translated but %s is missing"
                            % (lang, os.path.relpath(ts, src)))
    if desktop_langs != meta_langs:
        problems.append("languages differ: desktop %s, metainfo %s"
                        % (sorted(desktop_langs), sorted(meta_langs)))

    # The icon.
    svg = ET.parse(icon_path).getroot()
    if svg.tag != SVG_NS + "svg":
        problems.append("icon: root element is %s, not svg" % svg.tag)
    if not svg.get("viewBox"):
        problems.append("icon: no viewBox (not scalable)")

    for p in problems:
        print("FAIL " + p)
    if not problems:
        print("desktop file, metainfo, icon and %d screenshot(s) agree; languages: %s"
              % (len(shots), ", ".join(sorted(desktop_langs))))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
