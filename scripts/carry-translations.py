#!/usr/bin/env python3
"""Carries translations across contexts after code moved between classes.

lupdate keeps a translation only within its context: when a tr() call moves
from MainWindow to PublicationsPanel, its message comes back unfinished and
the old one becomes obsolete. Run lupdate WITHOUT -no-obsolete, then this:
every unfinished message whose source text (and disambiguation, and plural
kind) has a finished translation anywhere in the file, obsolete ones
included, gets that translation; then obsolete and vanished messages go.

  scripts/carry-translations.py translations/peerscope_de.ts ...
"""
import copy
import sys
import xml.etree.ElementTree as ET


def key(message):
    return (message.findtext('source') or '', message.findtext('comment') or '',
            message.get('numerus') == 'yes')


def main(paths):
    for path in paths:
        tree = ET.parse(path)
        root = tree.getroot()
        known = {}
        for message in root.iter('message'):
            t = message.find('translation')
            if t is None or t.get('type') in ('unfinished',):
                continue
            if (t.text or '').strip() or len(t):
                known.setdefault(key(message), t)
        carried = removed = 0
        for context in root.findall('context'):
            for message in list(context.findall('message')):
                t = message.find('translation')
                if t is not None and t.get('type') in ('obsolete', 'vanished'):
                    context.remove(message)
                    removed += 1
                    continue
                if t is not None and t.get('type') == 'unfinished' and key(message) in known:
                    source = known[key(message)]
                    new = copy.deepcopy(source)
                    new.attrib.pop('type', None)
                    new.tail = t.tail
                    message.remove(t)
                    message.append(new)
                    carried += 1
            if not context.findall('message'):
                root.remove(context)
        ET.indent(tree, space='    ')
        with open(path, 'wb') as f:
            f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
            tree.write(f, encoding='utf-8', xml_declaration=False)
            f.write(b'\n')
        print(f'{path}: {carried} carried over, {removed} obsolete removed')


if __name__ == '__main__':
    main(sys.argv[1:])
