"""Common English words (lower case), used by the shouting check: an all-capitals token is
shouting when it is an ordinary word ("REALLY", "URGENT"), and an acronym when it is not
("ACGME", "SGIM"). Built from a hand list of everyday and emphasis words plus the vocabulary
of the networking guide's prose, so it covers the words residents write in these messages.
"""

_WORDS = """
a about above absolutely academic accelerate accept acknowledge across act actively
activities actually add additional address administrative admit advance advertised advice
advise advocacy advocate after afterward again against agenda ago agree ahead alert aligns
all allow almost alone along already also always am amazing among an and another answer any
anyone anything anyway apologize apology application applications apply applying appointment
appreciate appreciated appreciation are area areas around arrived as ask asked asset assign
assume at attend attended attendees attending attendings attention authentic authenticity
available awards away awesome back backgrounds bad balance bandwidth based be beautiful
became because become becoming been before began begin beginning behind being believe below
best better between beyond big bit boards both breadth breakout brief briefly brilliant
bring build building builds business busy but buy by call called came can cannot card
cardiology cards care career careers careful case cases casual certainly challenges chance
change chat check checkbox chief chiefs child choice choose clarify clear clinic clinical
clinically close code coffee collaborating collaboration collaborations collaborative
collaborator collaborators colleague colleagues collecting combination come comes coming
commitments committees communicated communication community compassion competitive concise
concrete conference conferences confirm conflict conflicts congratulations connect connected
connections consider consistently consulting contact continue contributes contributions
conversation conversations coordinators core could councils couple course courses credit
critical crucial cultivate curiosity curious current curriculum daily data day days deadline
deadlines dear decades decide decisions deep deeply defining definitely delighted demanding
department departments depends depth describe description desirable desperately determines
develop developed developing development diabetes did different digital dilemmas dinner
dinners director directors directory discounted discover discussion discussions distill
diverse division do does doing done doors down dramatically during each earlier early easier
easiest easy education educational educator effective efficiently either elective electives
else email emails emerge emerging emotional enables encounter end endocrinologist
engineering enhanced enjoy enjoyed enough enthusiastic equity especially essential etc
evaluations even event events eventually ever every everyone everything evolves evolving
exactly exam excellent exchanged excited excitement excites exciting excuse expand expect
experience expertise explores express extends extremely extroverted fact faculty fair fake
family fantastic far fast fatigue favor features feedback feel feeling fellows fellowship
fellowships few field fields filled final finally find fine finish first firsthand flexible
focus focused follow followed for forever forget form formal forums forward found free
friday from fulfilling full fun future gatherings gathers gave generously genuine get gets
getting give given giving glad global go goals goes going gone good got grand grateful
gratitude great grounded group groups grow guidance guide guidelines had hand happen happy
hard has hashtags have having he headline heads health hear heard hello help helpful helps
her here herself high him himself his hobbies hold holiday home honored hope hospital
hospitalists hot hours how however huge hurry i idea ideal ideas identify identity if
immediately impact impactful impersonal implementation important impossible impressed
improvement improves in include inclusion increase increasingly incredible incredibly indeed
influence influential info informally information informed initial initiatives innovative
inside insightful inspired instead institution institutional institutions integrated
integrity intense intentional intentionally interact interactions interest interested
interesting interests internal interventions interview into introduce introduced introducing
introduction introductions invaluable invest investment involved is issue it its job jobs
join journals journey just keep key kind knew know knowing known knows large last late later
lead leaders leadership leading learn learning least leave led left less let lets letter
life like likely line listservs little local long look looking looks lot love lunch made
main maintain major make making management many match matched matter matters may maybe me
mean meaningful media medical medicine meet meeting meetings member members mention
mentioned mentor mentoring mentors mentorship message might mind minute minutes moment
monday month months more morning most motivated move much multidisciplinary multiple music
must mutual my myself name names national need needed needs nervous network networking
networks never new news next nice niche night no none nor normalize not note notes nothing
now nurses nurture nurturing occasional of off offers official often oh ok okay old on once
one only open opening opportunities opportunity optional or order orientation other others
our out outcomes outside over overlapping own part participate parts past path paths patient
patients peers people perfect perhaps periodically permanent person personalized personally
pharmacists phone photo physician picture place plan platform please pleasure plugged point
population portfolio position positions possible poster potential powerful practice prepare
prepared present presentation presentations presented pretty primary problem profession
professional profile program programs project projects proud public publication publications
publicly put quality question questions quick quickly quietly quite rather reach read ready
real reality really reason received recently recommend recommendation recommendations
reflections regional regular reinforce reinforces related relationship relationships
relevant reliability reliable remember reminder reply report reputation request require
research researcher researchers residency resident residents resonates resources respect
respectful respond response retreats review right role roles room rooms rotation rounds
routine safety same saturday saw say says schedule school scientists searches season second
see seem send senior sent series serious seriously session sessions set settles several
shall shape share shared she short should show showcase showed shows similar simple
simultaneously since skilled skills slot small so social societies society some someone
something soon sooner sorry sounding spaces span speak speaker speakers speaking special
specialties specialty specific sponsor sponsors sponsorship sports staff stages start
starter stay staying step still stop straight strategic strategically strengthen stress
strong stronger struggles stuff style subspecialists subspecialty such suggestions summary
sunday super supervisors support sure surgery system tailored take takeaways taking talk
talking talks targeted task teaching team technologies tell terrible than thank thanking
thanks that the their them then therapies there these they thing things think this those
though thought thoughtfully threads thrilled through throughout thursday time timelines
times to today together told tomorrow tonight too took top topic totally tough trainee
trainees training trajectory transactional transformed transforms transition transitions
travel trends truly trust try tuesday turn two ultimately unbelievable under understand
unexpected unfortunately until up upcoming update updated updates upon urgent urgently us
use used using usually value valued very via visibility vital volunteer vs wait waived walk
walls want wanted ward warm was way ways we web webinars wednesday week weekend welcome well
wellness went were what when where whether which while who whole whose why widely will wish
with within without wonderful word work working works workshop worthwhile would wow write
wrong year years yes yesterday yet you your yours yourself
"""

COMMON_WORDS: frozenset[str] = frozenset(_WORDS.split())
