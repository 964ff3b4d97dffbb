"""A reviewer in LibreOffice: opens a DOCX headless, records changes, makes the edits it is given
and adds comments, and saves the result as Word 2007 XML. Used by the review tests to hold
`vankien review` to LibreOffice's markup of tracked changes and comments.

usage: libreoffice-review.py IN.docx OUT.docx PROFILE-DIR EDITS.json
EDITS.json: {"edits": [{"find": "...", "replace": "..."} | {"find": "...", "after": "..."}],
             "comments": [{"on": "...", "text": "..."}]}
"""
import json
import os
import subprocess
import sys
import time
import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def main(source, target, profile, edits_path):
    with open(edits_path, encoding="utf-8") as f:
        plan = json.load(f)
    pipe = "vankien_review_%d" % os.getpid()
    office = subprocess.Popen(
        ["soffice", "--headless", "--invisible", "--nologo", "--norestore", "--nodefault",
         "-env:UserInstallation=" + uno.systemPathToFileUrl(profile),
         "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % pipe],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        context = None
        # The office is ready when its pipe answers; the first start of a profile takes a while.
        for _ in range(600):
            if office.poll() is not None:
                raise SystemExit("soffice exited with %s before it answered" % office.returncode)
            try:
                context = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
                break
            except NoConnectException:
                time.sleep(0.2)
        if context is None:
            raise SystemExit("soffice did not answer on its pipe")
        # The document as a model with no view: LibreOffice's comment windows need a UI (its
        # -nogui packages have none), and a model records changes and holds comments all the same.
        document = context.ServiceManager.createInstanceWithContext("com.sun.star.text.TextDocument", context)
        document.load((prop("URL", uno.systemPathToFileUrl(os.path.abspath(source))), prop("FilterName", "MS Word 2007 XML")))
        document.RecordChanges = True

        def paragraphs(text):
            elements = text.createEnumeration()
            while elements.hasMoreElements():
                element = elements.nextElement()
                if element.supportsService("com.sun.star.text.Paragraph"):
                    yield element
                elif element.supportsService("com.sun.star.text.TextTable"):
                    for name in element.CellNames:
                        yield from paragraphs(element.getCellByName(name).Text)

        def find(words):
            """The first place of the body or its tables that holds the words, selected by a cursor."""
            for paragraph in paragraphs(document.Text):
                # As a reviewer reads it: a no-break space is a space (each stands for one character).
                at = paragraph.String.replace("\u00a0", " ").find(words)
                if at >= 0:
                    cursor = paragraph.Text.createTextCursorByRange(paragraph.Start)
                    cursor.goRight(at, False)
                    cursor.goRight(len(words), True)
                    return cursor
            raise SystemExit("not found in the document: " + words)

        for edit in plan["edits"]:
            found = find(edit["find"])
            if "after" in edit:
                found.Text.insertString(found.End, edit["after"], False)
            else:
                found.String = edit["replace"]
        for comment in plan.get("comments", []):
            found = find(comment["on"])
            note = document.createInstance("com.sun.star.text.textfield.Annotation")
            note.Author = "Văn phòng"
            note.Content = comment["text"]
            found.Text.insertTextContent(found, note, True)
        document.storeToURL(uno.systemPathToFileUrl(os.path.abspath(target)), (prop("FilterName", "MS Word 2007 XML"),))
        document.close(True)
        desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        try:
            desktop.terminate()
        except Exception:
            pass  # the bridge goes down with the office
    finally:
        try:
            office.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(office.pid, 9)
            office.wait()


if __name__ == "__main__":
    main(*sys.argv[1:5])
