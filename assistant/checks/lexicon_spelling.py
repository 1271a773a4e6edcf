"""Common misspellings the grammar check corrects: word -> correct spelling.

Source: Wikipedia, "Lists of common misspellings/For machines" (the machine-readable list of
misspellings of English words that the site's spelling bots correct), kept to the words a
resident writes in a professional message (thanks, apologies, schedules, research) and to
entries that are not themselves English words ("calender", a cloth press, and "wether", a
ram, are left out). Tests in tests/checks/test_phrasings.py read it in both directions.
"""

from __future__ import annotations

MISSPELLINGS: dict[str, str] = {
    "alot": "a lot", "definately": "definitely", "definatly": "definitely",
    "defintely": "definitely", "seperate": "separate", "seperately": "separately",
    "occured": "occurred", "occurence": "occurrence", "reccomend": "recommend",
    "recomend": "recommend", "reccommend": "recommend", "reccomendation": "recommendation",
    "recomendation": "recommendation", "acheive": "achieve", "acheived": "achieved",
    "beleive": "believe", "belive": "believe", "recieve": "receive", "recieved": "received",
    "tommorow": "tomorrow", "tomorow": "tomorrow", "tommorrow": "tomorrow",
    "accomodate": "accommodate", "begining": "beginning", "embarass": "embarrass",
    "existance": "existence", "foward": "forward", "freind": "friend",
    "independant": "independent", "knowlege": "knowledge", "occassion": "occasion",
    "oppurtunity": "opportunity", "oppertunity": "opportunity", "oppotunity": "opportunity",
    "persue": "pursue", "publically": "publicly", "relevent": "relevant",
    "responsability": "responsibility", "succesful": "successful", "sucessful": "successful",
    "truely": "truly", "wierd": "weird", "untill": "until", "goverment": "government",
    "enviroment": "environment", "experiance": "experience", "excercise": "exercise",
    "febuary": "February", "grammer": "grammar", "interupt": "interrupt",
    "neccessary": "necessary", "necesary": "necessary", "noticable": "noticeable",
    "posible": "possible", "realy": "really", "remeber": "remember", "similiar": "similar",
    "sincerly": "sincerely", "sincerley": "sincerely", "speach": "speech",
    "strenght": "strength", "sugest": "suggest", "suprise": "surprise",
    "suprised": "surprised", "wich": "which", "writting": "writing", "thier": "their",
    "intrested": "interested", "intersted": "interested", "intresting": "interesting",
    "appriciate": "appreciate", "apreciate": "appreciate", "appreicate": "appreciate",
    "greatful": "grateful", "gratefull": "grateful", "availible": "available",
    "availabe": "available", "thankyou": "thank you", "collegue": "colleague",
    "collegues": "colleagues", "calandar": "calendar", "schedual": "schedule",
    "adress": "address", "buisness": "business", "commitee": "committee",
    "comittee": "committee", "concious": "conscious", "curiousity": "curiosity",
    "dissapoint": "disappoint", "dissapointed": "disappointed", "finaly": "finally",
    "fourty": "forty", "guidence": "guidance", "happend": "happened", "immediatly": "immediately",
    "liason": "liaison", "mentorsip": "mentorship",
    "occurance": "occurrence", "persistant": "persistent", "prefered": "preferred",
    "priviledge": "privilege", "privelege": "privilege", "proffesional": "professional",
    "profesional": "professional", "reccuring": "recurring", "refered": "referred",
    "resaerch": "research", "reserach": "research", "shedule": "schedule",
    "succesfully": "successfully", "supervisior": "supervisor", "tendancy": "tendency",
    "thoughtfull": "thoughtful", "wellcome": "welcome",
}
