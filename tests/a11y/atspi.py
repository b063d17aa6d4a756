"""Reads a browser's accessibility tree from the AT-SPI bus, as a screen reader does.

Each line read is a request, {"app": "Firefox", "title": "..."}; each line written is the
answer, {"tree": node} or {"error": "..."}, node being {"role", "name", "states", "attrs",
"text", "headers", "children"}, from the showing document with that title down.
"""

import json
import sys

import pyatspi

# The states a screen reader says; the others (focusable, enabled, ...) are on nearly all.
STATES = {
    pyatspi.STATE_EXPANDABLE: "expandable",
    pyatspi.STATE_EXPANDED: "expanded",
    pyatspi.STATE_CHECKED: "checked",
    pyatspi.STATE_PRESSED: "pressed",
    pyatspi.STATE_REQUIRED: "required",
    pyatspi.STATE_INVALID_ENTRY: "invalid",
    pyatspi.STATE_MULTISELECTABLE: "multiselectable",
}
# The object attributes that change what is said: a heading's level, a landmark's or live
# region's kind, and the tag for finding an element again.
ATTRS = ("level", "xml-roles", "live", "tag")
EMBEDDED = "\ufffc"


def text_of(accessible):
    """Its own text, without the characters standing for its child objects."""
    try:
        text = accessible.queryText()
    except NotImplementedError:
        return ""
    return text.getText(0, -1).replace(EMBEDDED, " ")


def headers_of(accessible):
    """A table's column headers as the table interface gives them: each one's name, or its
    text where it has no name (WebKitGTK names none, and a screen reader then reads the text)."""
    try:
        table = accessible.queryTable()
    except NotImplementedError:
        return None
    headers = []
    for column in range(table.nColumns):
        header = table.getColumnHeader(column)
        headers.append((header.name or " ".join(text_of(header).split())) if header is not None else None)
    return headers


def node(accessible):
    states = accessible.getState()
    attrs = {}
    for pair in accessible.getAttributes():
        key, _, value = pair.partition(":")
        if key in ATTRS:
            attrs[key] = value
    result = {
        "role": accessible.getRoleName(),
        "name": accessible.name,
        "states": [said for state, said in STATES.items() if states.contains(state)],
        "attrs": attrs,
        "text": " ".join(text_of(accessible).split()),
        "children": [node(child) for child in accessible if child is not None],
    }
    if result["role"] == "table":
        result["headers"] = headers_of(accessible)
    return result


def document(accessible, title):
    """The showing, live document web titled `title` under `accessible`, depth first."""
    role = accessible.getRole()
    if role == pyatspi.ROLE_DOCUMENT_WEB:
        states = accessible.getState()
        showing = states.contains(pyatspi.STATE_SHOWING) and not states.contains(pyatspi.STATE_DEFUNCT)
        return accessible if showing and accessible.name == title else None
    for child in accessible:
        if child is not None:
            found = document(child, title)
            if found is not None:
                return found
    return None


def answer(request):
    for app in pyatspi.Registry.getDesktop(0):
        if app is None or app.name != request["app"]:
            continue
        found = document(app, request["title"])
        if found is not None:
            return {"tree": node(found)}
    return {"error": f"no showing document {request['title']!r} in {request['app']}"}


def main():
    for line in sys.stdin:
        try:
            reply = answer(json.loads(line))
        except Exception as error:  # a bus error is the test's to report, not a crash
            reply = {"error": f"{type(error).__name__}: {error}"}
        print(json.dumps(reply, ensure_ascii=False), flush=True)


main()
