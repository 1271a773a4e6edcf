"""The words of roles and workplaces that make a name a professional's ("our coordinator
Karen", "Szczepanski (research coordinator)"): one alternation shared by the attribution modules.
"""

from __future__ import annotations

ROLE = (
    r"(?:chief(?:\s+resident)?|coordinator|manager|nurse|attending|fellow|mentor|pd|apd|pi|"
    r"director|chair|dean|colleague|co-?resident|intern|resident|preceptor|advis[eo]r|"
    r"supervisor|scientist|researcher|author|speaker|presenter|moderator|editor|librarian|"
    r"secretary|assistant|administrator|navigator|pharmacist|therapist|physician|surgeon|"
    r"doctor|hospitalist|faculty|professor|instructor|lead|head|officer|facilitator|"
    r"chaplain|interpreter|scribe|team|staff|np|pa|rn|md|consultant|educator|specialist|"
    r"counselor|social\s+worker|dietitian|doula|midwife|tech|technician|student|classmate|"
    r"mentee|trainee|co-?intern|colleague|ambassador|advocate|liaison|representative)s?"
)
