"""What a paste from a phone, a mail app or a chat app carries around its text: a device's
footer line ("Sent from my Galaxy"), a chat line's time stamp ("[Tue 9:02 AM]") and its speaker
("Priya Raman:", "me:").

One grammar for every reader of a paste: the checks (a footer is no signature,
checks/signoff.py), the PHI guard (a chat line's speaker is a colleague, not a patient,
phi/message_layout.py) and the update's news pasted from a phone
(engines/offline/update_pasted.py). Patterns only; each reader decides what the part means.
"""

from __future__ import annotations

import re

from assistant.text.patterns import lazy

# A line a mail client adds below the message ("Sent from my Galaxy", "Get Outlook for iOS",
# "Sent with Proton Mail", "Please excuse typos"), or a bare "--" signature delimiter: not the
# sender's words (a closing followed only by these is unsigned).
FOOTER = lazy(
    r"[ \t]*(?:sent[ \t]+(?:from|with|via|using|on)\b[^\n]{0,80}"
    # the same footer in the device's language: "Enviado desde mi iPhone", "Envoyé de mon iPad"
    r"|(?:enviado|envoy[ée]|gesendet|inviato)[ \t]+(?:desde|de|von|da|mit)\b[^\n]{0,80}"
    r"|get[ \t]+[\w ]{1,30}?[ \t]+for[ \t]+(?:ios|android|iphone|ipad|windows|mac)\b[^\n]{0,40}"
    r"|(?:please[ \t]+)?(?:excuse|pardon|forgive)[ \t]+(?:any[ \t]+|my[ \t]+|the[ \t]+)?"
    r"(?:typos|brevity|errors|autocorrect)[^\n]{0,40}"
    r"|[-_—–=*~ \t]{2,})[ \t]*\r?$",
    re.IGNORECASE,
)

# A clock time as a chat app writes it: "9:02", "21:15", "7:44 PM", "7.44pm"
TIME = r"\d{1,2}[:.]\d{2}(?:[ \t]*(?:[AaPp]\.?[Mm]\.?))?"

# A chat app's time stamp opening a pasted line: "[Tue 9:02 AM]", "[3/4, 21:15]", "9:02 AM -",
# "(9:02)". Outside brackets only a time with a colon, so a line may open with a figure ("3.75").
STAMP = lazy(r"^\s*(?:\[[^\]\n]{1,30}\]|\(?\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?\)?"
                   r"\s*[-–—:]?)\s*", re.IGNORECASE)

# Who speaks a line of a pasted chat once its stamp is gone: "me", a name or a title ("Dr.
# Alvarez", "Chief", "PD"), then a colon and what they said
SPEAKER = lazy(r"^\s*(?P<who>me|(?:dr\.?\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}|"
                     r"[A-Z]{2,4})\s*:\s+(?P<said>\S.*)$")

# A speaker named beside a time stamp, in any script: "(7:44) Jonah:", "[7:44 PM] Priya
# Raman:", "7:44 Jonah:", "Jonah (7:44):", "Jonah 7:44 PM:" (group "a" or "b" is the name)
_NAME = r"[^\W\d_][\w'\u2019.-]*(?:[ \t]+[^\W\d_][\w'\u2019.-]*){0,2}"
STAMPED_SPEAKER = lazy(
    rf"[ \t>]*(?:[(\[][ \t]*{TIME}[ \t]*[)\]]|{TIME})[ \t]*(?:-[ \t]*)?(?P<a>{_NAME})[ \t]*:"
    rf"|[ \t>]*(?P<b>{_NAME})[ \t]+(?:[(\[][ \t]*{TIME}[ \t]*[)\]]|{TIME})[ \t]*:"
)
