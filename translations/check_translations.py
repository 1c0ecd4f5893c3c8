#!/usr/bin/env python3
"""Fails unless every translatable string of the wizard is translated in every catalogue.

    check_translations.py --lupdate PATH --source-dir REPO translations/tpm-provisioner_de.ts ...

For each .ts file: lupdate runs over the wizard's sources (ui/, app/wizard/) into a
temporary COPY (the checked-in file is never written), then the copy is read with
xml.etree. A failure is reported, with its context and source text, for:
  - unfinished  a tr() string with no translation, a new string the .ts lacks (lupdate
                adds it unfinished), or a source text changed since it was translated;
  - vanished    a translated message whose tr() string is gone from the sources
  - obsolete    (`cmake --build BUILD --target prune_translations` drops them);
  - empty       a finished message with an empty translation or plural form;
  - placeholder a translation that drops or adds %1..%99 or %n, or loses the mnemonic
                '&' of a source that has one (keyboard navigation);
  - language    the file's language attribute does not match its name;
  (pending: translations kept, as vanished, for the contexts of invisible strings below;
   they count as finished once lupdate can see their sources)
  - invisible   strings lupdate cannot see, so no catalogue can ever hold them: a literal
                passed to a local wrapper such as
                    QString t(const char* text) { return QCoreApplication::translate("Words", text); }
                (fix: QCoreApplication::translate("Words", "...") at the call, or mark the
                literal with QT_TRANSLATE_NOOP("Words", "...")).
Standard library only. Exit 1 on any failure; prints the counts per file either way.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

SOURCE_DIRS = ["ui", "app/wizard"]
PLACEHOLDER = re.compile(r"%(?:n|L?\d{1,2})")
MNEMONIC = re.compile(r"&(?!&)(?=\w)")  # "&Next" yes; "&&" and "&amp;"-style no


WRAPPER = re.compile(
    r"(\w+)\s*\(\s*const\s+char\s*\*\s*(\w+)\s*\)\s*\{\s*return\s+"
    r"(?:QCoreApplication|QObject|QApplication)::(?:translate|tr)\s*\(\s*(?:\"([^\"]*)\"\s*,\s*)?\2\s*[,)]")


def invisible_strings(source_dirs):
    """[(file, wrapper, context, count)]: literals passed to translate() wrappers."""
    out = []
    for top in source_dirs:
        for dirpath, _, files in os.walk(top):
            for name in sorted(files):
                if not name.endswith((".cpp", ".h")):
                    continue
                path = os.path.join(dirpath, name)
                with open(path, encoding="utf-8", errors="replace") as f:
                    text = f.read()
                for m in WRAPPER.finditer(text):
                    func, context = m.group(1), m.group(3) or "?"
                    calls = re.findall(r"(?<![\w:.>])%s\s*\(\s*\"" % re.escape(func), text)
                    if calls:
                        out.append((path, func, context, len(calls)))
    return out


def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text or "")))


def translation_texts(tr_el, numerus):
    if numerus:
        return [nf.text or "" for nf in tr_el.findall("numerusform")]
    return [tr_el.text or ""]


def check_file(ts_path, lupdate, sources, pending_contexts=()):
    problems = []
    name = os.path.basename(ts_path)
    m = re.match(r"tpm-provisioner_([a-z]{2}(?:_[A-Z]{2})?)\.ts$", name)
    with tempfile.TemporaryDirectory(prefix="tpmprov-i18n.") as tmp:
        copy = os.path.join(tmp, name)
        shutil.copy(ts_path, copy)
        if sources:
            result = subprocess.run([lupdate, "-locations", "none", "-no-ui-lines"] + sources
                                    + ["-ts", copy], capture_output=True, text=True, timeout=300)
            if result.returncode != 0:
                return ["lupdate failed (%d):\n%s%s" % (result.returncode, result.stdout,
                                                         result.stderr)], {}
        root = ET.parse(copy).getroot()

    lang = root.get("language", "")
    if not m or lang.split("_")[0] != m.group(1).split("_")[0]:
        problems.append("language: the file says %r" % lang)

    counts = {"finished": 0, "unfinished": 0, "vanished": 0, "obsolete": 0, "pending": 0}
    for ctx in root.findall("context"):
        cname = ctx.findtext("name")
        for msg in ctx.findall("message"):
            source = msg.findtext("source") or ""
            comment = msg.findtext("comment")
            where = "%s / %r%s" % (cname, source, (" (%s)" % comment) if comment else "")
            numerus = msg.get("numerus") == "yes"
            tr_el = msg.find("translation")
            kind = tr_el.get("type") if tr_el is not None else "unfinished"
            if kind == "vanished" and cname in pending_contexts:
                # Translated ahead for strings lupdate cannot see yet ("invisible" above).
                counts["pending"] += 1
                continue
            if kind in ("unfinished", "vanished", "obsolete"):
                counts[kind] += 1
                problems.append("%s: %s" % (kind, where))
                continue
            counts["finished"] += 1
            texts = translation_texts(tr_el, numerus)
            if not texts or any(not t.strip() for t in texts):
                problems.append("empty: %s" % where)
                continue
            want = placeholders(source)
            for t in texts:
                got = placeholders(t)
                # A plural form may leave %n out (German "ein Schritt"), nothing else.
                if numerus:
                    want_cmp = [p for p in want if p != "%n"]
                    got_cmp = [p for p in got if p != "%n"]
                else:
                    want_cmp, got_cmp = want, got
                if want_cmp != got_cmp:
                    problems.append("placeholder: %s -> %r (source has %s, translation %s)"
                                    % (where, t, want, got))
                if MNEMONIC.search(source) and not MNEMONIC.search(t):
                    problems.append("placeholder: %s -> %r lost the '&' shortcut" % (where, t))
    return problems, counts


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lupdate", required=True)
    ap.add_argument("--source-dir", required=True)
    ap.add_argument("ts_files", nargs="+")
    args = ap.parse_args()
    src = os.path.abspath(args.source_dir)
    sources = [os.path.join(src, d) for d in SOURCE_DIRS if os.path.isdir(os.path.join(src, d))]

    failed = False
    invisible = invisible_strings(sources)
    for path, func, context, count in invisible:
        print("  FAIL invisible: %s: %d string(s) passed to %s(), which calls "
              "QCoreApplication::translate(\"%s\", text): lupdate cannot see them, so they are "
              "never translated. Call QCoreApplication::translate(\"%s\", \"...\") at each "
              "place, or mark each literal QT_TRANSLATE_NOOP(\"%s\", \"...\")."
              % (os.path.relpath(path, src), count, func, context, context, context))
        failed = True
    for ts in args.ts_files:
        problems, counts = check_file(ts, args.lupdate, sources, {i[2] for i in invisible})
        summary = ", ".join("%d %s" % (v, k) for k, v in counts.items())
        print("%s: %s" % (os.path.basename(ts), summary or "not checked"))
        for p in problems:
            print("  FAIL " + p)
        failed = failed or bool(problems)
    if failed:
        print("Fix: cmake --build BUILD --target update_translations, translate the unfinished "
              "entries (linguist translations/tpm-provisioner_de.ts) and remove "
              "type=\"unfinished\"; prune_translations drops vanished ones.")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
