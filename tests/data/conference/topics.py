"""The fictional meeting's scientific content: each topic's sessions (title, one-line abstract).

Topics are the generator's hidden truth: the program file never names them, so a ranker sees
only titles, abstracts, roles and institutions. Look-alikes share words across topics on purpose
(handoffs in sepsis and in intern education; "transitions" in heart failure and in geriatrics).
"""

from __future__ import annotations

# topic -> (specialty, [(title, abstract sentence), ...])
TOPICS: dict[str, tuple[str, list[tuple[str, str]]]] = {
    "sepsis_handoffs": ("critical care", [
        ("Closing the Gap: A Sepsis Handoff Bundle Across 12 ICUs",
         "We report a handoff bundle across 12 ICUs that cut missed antibiotic doses for septic "
         "patients transferred from the emergency department by a third."),
        ("ED-to-ICU Transfers in Septic Shock: Where Information Gets Lost",
         "Structured observation of 400 transfers shows which details about fluids, cultures "
         "and vasopressors drop out at the bedside handover."),
        ("Lactate Rechecks on the Wards: A Nurse-Driven Sepsis Protocol",
         "A ward protocol for repeat lactate and escalation after the night team's sign-out "
         "shortened time to ICU review in sepsis."),
        ("Sepsis Alerts, Alarm Fatigue and the Cross-Cover Resident",
         "Electronic sepsis alerts fire most at shift change; we redesigned who receives them "
         "and how the alert follows the patient across handoffs."),
    ]),
    "intern_handoffs": ("medical education", [
        ("I-PASS for Night Float: Teaching Interns a Safer Sign-Out",
         "A workshop on the I-PASS mnemonic with simulated sign-outs and feedback for interns "
         "starting night float."),
        ("Written Versus Verbal Sign-Out in the First Month of Internship",
         "A randomised comparison of written and verbal sign-out content among new interns "
         "and its effect on overnight pages."),
        ("Assessing Handoff Competence: An Entrustable Activity for PGY-1s",
         "We built a milestone-linked assessment of the handoff as an entrustable professional "
         "activity and piloted it in two residency programs."),
    ]),
    "cardio_oncology": ("cardiology", [
        ("Cardiotoxicity of Checkpoint Inhibitors: Recognising Myocarditis Early",
         "Immune checkpoint myocarditis is rare but lethal; troponin screening in the first "
         "six weeks found cases before symptoms."),
        ("Anthracyclines and the Failing Heart: Surveillance That Works",
         "Strain echocardiography every three months detected anthracycline cardiomyopathy in "
         "breast cancer survivors a year earlier than ejection fraction alone."),
        ("Building a Cardio-Oncology Clinic From Scratch",
         "Lessons from launching a shared clinic between cardiology and oncology in a "
         "community health system."),
        ("Atrial Fibrillation in Patients With Active Cancer",
         "Anticoagulation choices in cancer-associated atrial fibrillation balance bleeding, "
         "drug interactions and thrombosis."),
    ]),
    "heart_failure": ("cardiology", [
        ("Transitions of Care After Heart Failure Admission: The First Seven Days",
         "A nurse call and clinic visit within seven days of discharge reduced 30-day heart "
         "failure readmissions at three hospitals."),
        ("Guideline-Directed Therapy for HFrEF: Closing the Titration Gap",
         "Only a fifth of patients reach target doses; a pharmacist-led titration clinic "
         "doubled that."),
        ("SGLT2 Inhibitors in Hospitalised Heart Failure",
         "Starting SGLT2 inhibitors before discharge was safe and improved adherence at 90 days."),
        ("Diuretic Resistance: A Case-Based Approach",
         "Cases of congestion refractory to loop diuretics and what to add next."),
    ]),
    "pocus": ("hospital medicine", [
        ("Point-of-Care Ultrasound for Volume Status: A Hands-On Workshop",
         "Residents practise IVC, lung and cardiac views on live models with faculty coaching."),
        ("POCUS Credentialing for Hospitalists: What Programs Need",
         "A framework for training, image review and credentialing of bedside ultrasound in "
         "hospital medicine."),
        ("Bedside Ultrasound Guided Paracentesis and Thoracentesis",
         "Procedural ultrasound skills and complication rates after a resident procedure service "
         "was launched."),
        ("Teaching Ultrasound in Residency: A Longitudinal Curriculum",
         "A three-year point-of-care ultrasound curriculum with image portfolios for internal "
         "medicine residents."),
    ]),
    "language_access": ("health equity", [
        ("Professional Interpreters at the Bedside: Who Gets One?",
         "Patients with limited English proficiency received a professional interpreter in "
         "fewer than half of admission conversations."),
        ("Language-Concordant Care and Readmissions",
         "Language-concordant discharge teaching was associated with fewer readmissions among "
         "Spanish-speaking patients."),
        ("Teaching Residents to Work With Interpreters",
         "A simulation curriculum on interpreter use for residents, with standardised patients "
         "speaking Spanish and Vietnamese."),
        ("Structural Racism in Hospital Algorithms",
         "Race-based corrections in kidney and lung function equations and the movement to "
         "remove them."),
    ]),
    "feedback_assessment": ("medical education", [
        ("Feedback That Residents Actually Use",
         "Direct observation with immediate, specific feedback changed resident behaviour more "
         "than end-of-rotation evaluations."),
        ("Competency-Based Assessment and the Clinical Competency Committee",
         "How clinical competency committees synthesise milestones, and the bias they can carry."),
        ("Coaching in Graduate Medical Education",
         "A longitudinal coaching program for residents separated coaching from evaluation and "
         "improved self-directed learning."),
        ("Narrative Comments and Gender Bias in Resident Evaluations",
         "Text analysis of 20,000 evaluations found different words used for women residents."),
    ]),
    "wellness": ("wellness", [
        ("Burnout in Residency: Systems, Not Yoga",
         "Schedule redesign and protected time reduced burnout scores; individual resilience "
         "training alone did not."),
        ("Peer Support After Adverse Events",
         "A peer support program for residents after a patient harm event, and who used it."),
        ("Sleep, Night Float and Resident Well-Being",
         "Actigraphy of residents on night float shows how little recovery sleep the schedule "
         "allows."),
        ("Parental Leave Policies for Trainees",
         "A survey of 150 programs on parental leave, lactation space and extension of training."),
    ]),
    "readmissions_qi": ("quality improvement", [
        ("A Resident-Led Quality Improvement Project on Discharge Before Noon",
         "Plan-do-study-act cycles by residents moved discharge orders earlier without "
         "increasing readmissions."),
        ("Reducing 30-Day Readmissions With a Post-Discharge Phone Call",
         "A structured call by a pharmacist two days after discharge cut readmissions for "
         "pneumonia and COPD."),
        ("Run Charts and Control Charts for Beginners",
         "A primer on measuring improvement for residents starting their first QI project."),
        ("Getting Your QI Project Published",
         "How to write a SQUIRE-compliant quality improvement manuscript from a residency "
         "project."),
    ]),
    "palliative": ("palliative care", [
        ("Serious Illness Conversations on the Medicine Wards",
         "A structured serious illness conversation guide increased documented goals of care "
         "for hospitalised patients."),
        ("Teaching Residents to Deliver Bad News",
         "A simulation workshop on breaking bad news with the SPIKES protocol and actor "
         "feedback."),
        ("Palliative Care Consults in Advanced Heart and Lung Disease",
         "Earlier palliative consultation for end-stage heart and lung disease reduced ICU "
         "deaths."),
        ("Code Status Discussions at Admission: What Interns Say",
         "Audio review of admission code status discussions shows how often prognosis is "
         "never mentioned."),
    ]),
    "addiction": ("addiction medicine", [
        ("Starting Buprenorphine in the Hospital",
         "An addiction consult service started buprenorphine for opioid use disorder during "
         "admission and linked patients to clinic."),
        ("Alcohol Withdrawal Without Benzodiazepines",
         "Phenobarbital protocols for alcohol withdrawal on the wards and in the ICU."),
        ("Stigmatising Language in the Chart",
         "Words like 'abuser' in notes for patients who use drugs, and a bundle that changed "
         "them."),
        ("Harm Reduction for Hospitalists",
         "Naloxone at discharge, safer use counselling and why patients leave against medical "
         "advice."),
    ]),
    "stewardship": ("infectious diseases", [
        ("Antimicrobial Stewardship on the Wards: Shorter Is Better",
         "Five days of antibiotics for community-acquired pneumonia matched longer courses."),
        ("Penicillin Allergy Delabeling by Residents",
         "A resident-run oral amoxicillin challenge removed false penicillin allergy labels "
         "from 300 patients."),
        ("Blood Culture Stewardship",
         "Diagnostic stewardship of blood cultures cut contaminants and unnecessary vancomycin."),
        ("Clostridioides difficile: Testing Only When It Matters",
         "An order-set hard stop reduced inappropriate C. difficile testing in patients on "
         "laxatives."),
    ]),
    "glycemic": ("endocrinology", [
        ("Inpatient Glycemic Management: Beyond the Sliding Scale",
         "Basal-bolus insulin replaced sliding scale alone and reduced hyperglycemia without "
         "more hypoglycemia."),
        ("Continuous Glucose Monitors in the Hospital",
         "Continuous glucose monitoring on the wards detected nocturnal hypoglycemia missed by "
         "fingersticks."),
        ("Diabetic Ketoacidosis Protocols and Time to Anion Gap Closure",
         "A nurse-driven DKA protocol shortened time to gap closure and ICU stay."),
        ("Steroid-Induced Hyperglycemia",
         "Dosing NPH with prednisone for inpatients with and without known diabetes."),
    ]),
    "ai_informatics": ("informatics", [
        ("Large Language Models in Clinical Documentation",
         "An ambient AI scribe pilot reduced after-hours charting but introduced errors that "
         "physicians had to catch."),
        ("Clinical Decision Support That Clinicians Do Not Ignore",
         "Interruptive versus passive alerts and how override rates changed after redesign."),
        ("Predicting Clinical Deterioration With Machine Learning",
         "A deterioration model on the wards, its false alarms and its fairness across groups."),
        ("Informatics Careers for Internists",
         "Clinical informatics fellowship, board certification and what a CMIO does."),
    ]),
    "global_health": ("global health", [
        ("Global Health Electives Without Harm",
         "Ethical principles for short-term global health electives and partnerships led by "
         "host institutions."),
        ("Tuberculosis Care in Low-Resource Settings",
         "Community health workers and video-observed therapy for tuberculosis in rural "
         "Uganda."),
        ("A Career in Global Health: Paths After Residency",
         "Panelists who built careers abroad and at home discuss funding, fellowships and "
         "family."),
    ]),
    "delirium_geriatrics": ("geriatrics", [
        ("Delirium Prevention on Medical Wards",
         "A multicomponent delirium prevention bundle reduced incident delirium in older "
         "inpatients."),
        ("Deprescribing for Older Adults at Discharge",
         "A deprescribing intervention stopped sedatives and anticholinergics at hospital "
         "discharge."),
        ("Falls, Frailty and Transitions to Skilled Nursing",
         "Frailty screening predicted discharge to skilled nursing and readmission in older "
         "adults."),
        ("Hospital at Home for Older Patients",
         "Acute care at home for older adults matched hospital outcomes with fewer falls and "
         "less delirium."),
    ]),
    "aki_nephrology": ("nephrology", [
        ("Acute Kidney Injury Alerts and Nephrotoxin Stewardship",
         "An AKI alert with nephrotoxin review reduced progression to stage 3."),
        ("Hyponatremia: A Stepwise Approach for Residents",
         "Cases in hyponatremia and the overcorrection traps that cause harm."),
        ("Contrast Nephropathy: Myth or Real?",
         "Modern data on iodinated contrast and kidney injury in hospitalised patients."),
    ]),
    "cirrhosis": ("gastroenterology", [
        ("Cirrhosis Care Bundle at Admission",
         "A bundle of diagnostic paracentesis, albumin and SBP prophylaxis improved survival "
         "in decompensated cirrhosis."),
        ("Alcohol-Associated Hepatitis in Young Adults",
         "Admissions for alcohol-associated hepatitis rose sharply among young adults; early "
         "transplant referral matters."),
        ("Upper GI Bleeding: Transfusion Thresholds and Timing of Endoscopy",
         "Restrictive transfusion and endoscopy within 24 hours for variceal and nonvariceal "
         "bleeding."),
        ("Inflammatory Bowel Disease in the Hospital",
         "Acute severe ulcerative colitis: steroids, rescue therapy and when to call surgery."),
    ]),
    "copd_pulm": ("pulmonology", [
        ("COPD Exacerbations: Steroids, Antibiotics and Going Home",
         "Five days of prednisone and targeted antibiotics for COPD exacerbations."),
        ("Pulmonary Embolism Response Teams",
         "A multidisciplinary PE response team changed catheter-directed therapy use."),
        ("Interstitial Lung Disease for the Generalist",
         "Recognising fibrotic ILD early and when to start antifibrotic therapy."),
        ("High-Flow Nasal Cannula Outside the ICU",
         "Safety of high-flow oxygen on step-down units with respiratory therapy oversight."),
    ]),
    "anticoagulation": ("hematology", [
        ("Venous Thromboembolism Prophylaxis: Less Is More",
         "Risk-stratified VTE prophylaxis reduced bleeding without more clots in medical "
         "inpatients."),
        ("DOACs in Special Populations",
         "Direct oral anticoagulants in obesity, kidney failure and antiphospholipid syndrome."),
        ("Heparin-Induced Thrombocytopenia: Testing and Treatment",
         "The 4Ts score, when to send the assay and which anticoagulant to start."),
    ]),
    "women_in_medicine": ("career", [
        ("Women in Medicine: Negotiating Your First Contract",
         "Salary transparency, negotiation scripts and the gender pay gap in academic "
         "medicine."),
        ("Sponsorship Versus Mentorship for Women Physicians",
         "Sponsors open doors that mentors only describe; how women trainees can find them."),
        ("Leadership Pathways for Women in Academic Medicine",
         "Chairs and deans describe the paths they took and the barriers they removed."),
    ]),
    "research_methods": ("research", [
        ("From Case Report to Publication",
         "How residents can turn an interesting case into a published case report in a year."),
        ("Your First Retrospective Study: Chart Review Done Right",
         "Designing a retrospective cohort study, data abstraction and IRB approval for "
         "residents."),
        ("Biostatistics Refresher for Residents",
         "Confidence intervals, regression and the p-value mistakes reviewers catch."),
        ("Writing an Abstract That Gets Accepted",
         "Reviewers explain what makes a research abstract stand out in a national meeting."),
    ]),
    "telehealth": ("digital health", [
        ("Telehealth Follow-Up After Discharge",
         "Video visits within a week of discharge were as effective as clinic visits for "
         "rural patients."),
        ("Remote Patient Monitoring for Hypertension",
         "Home blood pressure telemonitoring improved control in a safety-net clinic."),
        ("The Digital Divide in Video Visits",
         "Older and non-English-speaking patients were least likely to complete video visits."),
    ]),
    "diagnostic_error": ("clinical reasoning", [
        ("Diagnostic Error in Hospital Medicine",
         "Chart review of 1,000 transfers found diagnostic errors most often in sepsis, "
         "stroke and PE."),
        ("Clinical Reasoning Conference: Thinking Out Loud",
         "A master clinician works through an unknown case to show the reasoning behind the "
         "diagnosis."),
        ("Cognitive Bias and Diagnostic Time-Outs",
         "A diagnostic time-out at handoff reduced anchoring in complex admissions."),
        ("Teaching Clinical Reasoning on Morning Report",
         "Illness scripts and problem representation for morning report leaders."),
    ]),
    "oncology_irae": ("oncology", [
        ("Immune-Related Adverse Events on the Wards",
         "Colitis, pneumonitis and hepatitis from immunotherapy, and the steroid dosing "
         "hospitalists need."),
        ("Oncologic Emergencies for the Night Float",
         "Tumor lysis, neutropenic fever and cord compression in the first hours."),
        ("CAR-T Cell Therapy Toxicities",
         "Cytokine release syndrome and neurotoxicity after CAR-T, graded and treated."),
    ]),
    "lgbtq_health": ("health equity", [
        ("Gender-Affirming Care in Primary Care",
         "Hormone therapy initiation and monitoring for transgender patients in internal "
         "medicine clinics."),
        ("Sexual Orientation and Gender Identity Data Collection",
         "Collecting SOGI data in the electronic health record, and what patients prefer."),
        ("LGBTQ+ Trainees: Climate and Belonging in Residency",
         "A national survey of LGBTQ+ residents on mistreatment and belonging."),
    ]),
    "climate_health": ("climate and health", [
        ("Heat Waves and Hospital Admissions",
         "Extreme heat days raised admissions for kidney injury and heart failure in older "
         "adults."),
        ("Decarbonising the Hospital: Anesthetic Gases and Inhalers",
         "Switching inhalers and anesthetic gases cut a hospital's greenhouse emissions."),
        ("Climate Change Curriculum for Residents",
         "A climate and health curriculum integrated into noon conference."),
    ]),
    "primary_care_gim": ("general internal medicine", [
        ("Primary Care Continuity Clinic: Panel Management for Residents",
         "Resident panel management with a clinic dashboard improved cancer screening rates."),
        ("Hypertension Control in the Safety Net",
         "Team-based titration protocols reached blood pressure goals in a safety-net "
         "practice."),
        ("Careers in Academic General Internal Medicine",
         "Clinician-educator and research tracks in academic GIM, and how to choose."),
        ("Obesity Medicine and GLP-1 Agonists in Primary Care",
         "Prescribing GLP-1 receptor agonists for obesity and managing access."),
    ]),
    "rheum": ("rheumatology", [
        ("Lupus Flares in the Hospital",
         "Recognising lupus nephritis and cerebritis, and when to start pulse steroids."),
        ("Gout on the Medicine Service",
         "Treating acute gout in hospitalised patients and starting urate lowering at "
         "discharge."),
        ("Giant Cell Arteritis: Do Not Miss It",
         "Urgent steroids and temporal artery ultrasound for suspected giant cell arteritis."),
    ]),
}
