-- Faultline demo record, part 6: territorial control over time.
--
-- valid_from is inclusive and valid_to EXCLUSIVE (the first day the period no longer holds);
-- valid_to NULL means the period still holds at the end of the record (July 2024). Periods of one
-- place never overlap (control_period_no_overlap). Gaps are deliberate: where the sources do not
-- say who held a place, nothing is asserted.
-- status CONTROLLED, or CONTESTED with challenger_actor_id while a place is being fought over.
-- basis ASSESSED (the editors' reading of the sources) or CLAIMED (only one side says so).
-- evidence_event_id is always an event at the same place. It is NULL only for the periods that
-- open the record on 1 Jan 2012, when no event is needed.

INSERT INTO control_period (id, place_id, actor_id, challenger_actor_id, status, valid_from, valid_to, basis, evidence_event_id, note) VALUES
    -- Kidal
    (1,   11,  1,   NULL,  'CONTROLLED',  '2012-01-01',  '2012-03-30',  'ASSESSED',  NULL,  'Held by the state when the record opens (1 Jan 2012). No event needed.'),
    (2,   11,  18,  NULL,  'CONTROLLED',  '2012-03-30',  '2013-01-30',  'ASSESSED',  6,     'Taken by the MNLA and Ansar Dine at the end of March 2012. Recorded under Ansar Dine, which the Arabic report of 2 Apr 2012 credits with the capture. The MNLA was also present.'),
    (3,   11,  29,  NULL,  'CONTROLLED',  '2013-01-30',  '2014-05-17',  'ASSESSED',  19,    'From the French seizure of the airstrip (by 30 Jan 2013) the main armed presence was French, with Chadian troops in the nearby Adrar des Ifoghas. The MNLA kept a presence in the town, and by May 2014 the army and state were back (Prime Minister Mara''s visit). This shared presence is recorded under the force that held the airstrip.'),
    (4,   11,  1,   8,     'CONTESTED',   '2014-05-17',  '2014-05-21',  'ASSESSED',  27,    'Fighting between the army and the MNLA, HCUA and MAA from Prime Minister Mara''s visit until the failed army offensive of 21 May.'),
    (5,   11,  8,   NULL,  'CONTROLLED',  '2014-05-21',  '2014-10-28',  'ASSESSED',  28,    'The MNLA, HCUA and MAA took the town on 21 May 2014. Recorded under the MNLA until the three formed the CMA.'),
    (6,   11,  12,  NULL,  'CONTROLLED',  '2014-10-28',  '2023-10-31',  'ASSESSED',  28,    'The same rebel hold, under the CMA from its founding on 28 Oct 2014. The evidence stays the May 2014 takeover: the CMA founding event is filed at Kidal only by convention, as the sources give it no place. The CMA fought within the CSP in 2023.'),
    (7,   11,  13,  NULL,  'CONTROLLED',  '2023-10-31',  '2023-11-10',  'ASSESSED',  69,    'The CSP took over the camp MINUSMA left on 31 Oct 2023.'),
    (8,   11,  13,  1,     'CONTESTED',   '2023-11-10',  '2023-11-14',  'ASSESSED',  70,    'Still held by the CSP while the army and Wagner fought their way in for several days (start date approximate).'),
    (9,   11,  1,   NULL,  'CONTROLLED',  '2023-11-14',  NULL,          'ASSESSED',  71,    'The army, with Wagner, took Kidal on 14 Nov 2023, its first hold on the town since May 2014. Both sides confirm it.'),
    -- Gao
    (10,  10,  1,   NULL,  'CONTROLLED',  '2012-01-01',  '2012-03-30',  'ASSESSED',  NULL,  'Held by the state when the record opens (1 Jan 2012). No event needed.'),
    (11,  10,  1,   8,     'CONTESTED',   '2012-03-30',  '2012-04-01',  'ASSESSED',  7,     'Gao fell on one of the three days 30 Mar - 1 Apr 2012, the sources do not say which, so the window is shown as contested.'),
    (12,  10,  8,   NULL,  'CONTROLLED',  '2012-04-01',  '2012-06-26',  'ASSESSED',  7,     'Held by the MNLA (with Ansar Dine) from the fall of the town until MUJAO drove it out.'),
    (13,  10,  21,  NULL,  'CONTROLLED',  '2012-06-26',  '2013-01-26',  'ASSESSED',  12,    'MUJAO expelled the MNLA in the Battle of Gao.'),
    (14,  10,  21,  1,     'CONTESTED',   '2013-01-26',  '2013-01-27',  'ASSESSED',  17,    'French and Malian forces retook Gao on 26-27 Jan 2013. The day is not fixed, so the window is shown as contested.'),
    (15,  10,  1,   NULL,  'CONTROLLED',  '2013-01-27',  NULL,          'ASSESSED',  17,    'Back under the state from the end of January 2013. Barkhane''s base there was handed to the army in August 2022.'),
    -- Timbuktu
    (16,  9,   1,   NULL,  'CONTROLLED',  '2012-01-01',  '2012-03-30',  'ASSESSED',  NULL,  'Held by the state when the record opens (1 Jan 2012). No event needed.'),
    (17,  9,   1,   18,    'CONTESTED',   '2012-03-30',  '2012-04-01',  'ASSESSED',  8,     'Timbuktu fell on one of the three days 30 Mar - 1 Apr 2012, the sources do not say which, so the window is shown as contested.'),
    (18,  9,   18,  NULL,  'CONTROLLED',  '2012-04-01',  '2013-01-26',  'ASSESSED',  8,     'Taken by the MNLA and Ansar Dine. Recorded under Ansar Dine. The sources do not say how the two shared the town afterwards.'),
    (19,  9,   18,  1,     'CONTESTED',   '2013-01-26',  '2013-01-27',  'ASSESSED',  18,    'French and Malian forces retook Timbuktu on 26-27 Jan 2013. The day is not fixed, so the window is shown as contested.'),
    (20,  9,   1,   NULL,  'CONTROLLED',  '2013-01-27',  NULL,          'ASSESSED',  18,    'Back under the state from the end of January 2013. MINUSMA handed its camp to the army in late December 2023.'),
    -- Tessalit
    (21,  14,  1,   NULL,  'CONTROLLED',  '2012-01-01',  '2012-01-17',  'ASSESSED',  NULL,  'Held by the state when the record opens (1 Jan 2012). No event needed.'),
    (22,  14,  1,   8,     'CONTESTED',   '2012-01-17',  '2012-04-01',  'ASSESSED',  3,     'Attacked by the MNLA on 17 Jan 2012. The sources do not date the fall of the town: the period is closed on 1 Apr 2012, when the regional capitals had fallen, and no control is asserted after that until February 2013.'),
    (23,  14,  29,  NULL,  'CONTROLLED',  '2013-02-08',  '2014-08-01',  'ASSESSED',  20,    'Retaken by French and African forces on 8 Feb 2013 (9 Feb in the German Wikipedia). Closed when Serval ended on 1 Aug 2014: the sources date no later change at Tessalit before the Chadian MINUSMA contingent left on 23 Oct 2023, and do not say who took over, so nothing is asserted after.'),
    -- Aguelhok
    (24,  15,  1,   NULL,  'CONTROLLED',  '2012-01-01',  '2012-01-17',  'ASSESSED',  NULL,  'Held by the state when the record opens (1 Jan 2012). No event needed.'),
    (25,  15,  1,   8,     'CONTESTED',   '2012-01-17',  '2012-01-24',  'ASSESSED',  2,     'Garrison under MNLA attack from 17 Jan 2012.'),
    (26,  15,  8,   NULL,  'CONTROLLED',  '2012-01-24',  '2013-02-08',  'ASSESSED',  4,     'Assessed: the soldiers reported executed on 24 Jan 2012 imply that the garrison was overrun (by the MNLA, with AQIM according to some). The sources do not date Aguelhok''s return: the period is closed when Tessalit, further up the same road, was retaken (8 Feb 2013). The sources say nothing more until the Chadian MINUSMA contingent left on 21 Oct 2023, without saying who took over.'),
    -- Anéfis
    (27,  16,  1,   NULL,  'CONTROLLED',  '2013-06-05',  '2014-05-21',  'ASSESSED',  25,    'The army took Anéfis from the MNLA on 5 Jun 2013.'),
    (28,  16,  8,   NULL,  'CONTROLLED',  '2014-05-21',  '2014-10-28',  'ASSESSED',  31,    'Lost by the army after the failed Kidal offensive (May 2014, day not given). Recorded under the MNLA until the CMA was formed.'),
    (29,  16,  12,  NULL,  'CONTROLLED',  '2014-10-28',  '2015-08-01',  'ASSESSED',  31,    'The same rebel hold, under the CMA from 28 Oct 2014.'),
    (30,  16,  16,  NULL,  'CONTROLLED',  '2015-08-01',  '2015-09-18',  'ASSESSED',  42,    'Seized by GATIA and other pro-government Platform militias in August 2015 (month precision, from the 1st).'),
    (31,  16,  12,  NULL,  'CONTROLLED',  '2015-09-18',  '2023-10-07',  'ASSESSED',  43,    'Retaken by the CMA without a fight (reported 18 Sep 2015). The CMA was fighting within the CSP by 2023.'),
    (32,  16,  1,   NULL,  'CONTROLLED',  '2023-10-07',  NULL,          'ASSESSED',  66,    'The army announced "full control" on 7 Oct 2023 (some outlets say 8 Oct). The CSP says it withdrew to spare civilians, so both sides agree the army holds the town.'),
    -- Ber
    (33,  43,  10,  NULL,  'CONTROLLED',  '2013-05-13',  '2023-08-11',  'ASSESSED',  22,    'A splinter of the MAA took Ber in spring 2013. The period starts at the map that reports it (13 May 2013). The sources record no later change at Ber until August 2023 (MINUSMA kept a camp there, bombed in Aug 2014) and do not date the MAA''s later split between the CMA and the Platform, so the period stays under the MAA.'),
    (34,  43,  12,  1,     'CONTESTED',   '2023-08-11',  '2023-08-13',  'ASSESSED',  58,    'The CMA, of which the MAA is a member, fought the army and Wagner as they came to take over the departing UN camp.'),
    (35,  43,  1,   NULL,  'CONTROLLED',  '2023-08-13',  NULL,          'CLAIMED',   61,    'The army says it took the camp on 13 Aug 2023 at about 08:30, while the CMA says it repelled the army. Only one side claims control, hence basis CLAIMED.'),
    -- Léré
    (36,  22,  13,  NULL,  'CONTROLLED',  '2023-09-17',  '2023-09-18',  'ASSESSED',  63,    'The CSP took the army camp on the afternoon of 17 Sep 2023 and left between 02:00 and 03:00 on 18 Sep: an overnight hold.'),
    (37,  22,  1,   NULL,  'CONTROLLED',  '2023-09-18',  NULL,          'ASSESSED',  64,    'The army held Léré again after the CSP withdrew in the night of 17-18 Sep 2023.'),
    -- Bourem
    (38,  20,  1,   NULL,  'CONTROLLED',  '2023-09-12',  NULL,          'ASSESSED',  62,    'The CSP briefly seized the army camp on 12 Sep 2023 and then retreated. A hold of less than a day is not recorded as a change of control. No earlier period: the sources say nothing about Bourem before this attack.'),
    -- Ménaka
    (39,  12,  1,   NULL,  'CONTROLLED',  '2012-01-01',  '2012-01-16',  'ASSESSED',  NULL,  'Held by the state when the record opens (1 Jan 2012). No event needed.'),
    (40,  12,  1,   8,     'CONTESTED',   '2012-01-16',  '2012-04-01',  'ASSESSED',  1,     'The MNLA rebellion opened at Ménaka on 16 Jan 2012. The sources do not date the fall of the town: the period is closed on 1 Apr 2012, when the regional capitals had fallen, and no control is asserted after that until May 2014.'),
    (41,  12,  8,   NULL,  'CONTROLLED',  '2014-05-21',  '2014-10-28',  'ASSESSED',  29,    'Lost by the army after the failed Kidal offensive (May 2014, day not given). Recorded under the MNLA until the CMA was formed.'),
    (42,  12,  12,  NULL,  'CONTROLLED',  '2014-10-28',  '2015-04-27',  'ASSESSED',  29,    'The same rebel hold, under the CMA from 28 Oct 2014.'),
    (43,  12,  16,  NULL,  'CONTROLLED',  '2015-04-27',  '2022-08-01',  'ASSESSED',  37,    'Taken by GATIA and the Platform faction of the MAA on 27 Apr 2015. Closed at the start of the JNIM - ISSP war for the Ménaka region (August 2022): the sources do not say who held the town after that.'),
    -- Tinzaouatène
    (44,  19,  14,  NULL,  'CONTROLLED',  '2024-01-01',  NULL,          'ASSESSED',  76,    'Assessed: the rebels held the Tinzaouatène area through 2024. The army and Wagner convoy sent there was ambushed in July 2024. The start of the period (1 Jan 2024) is the record''s assessment, not a dated event. Recorded under the name the coalition used at the battle.'),
    -- Konna
    (45,  40,  1,   NULL,  'CONTROLLED',  '2012-01-01',  '2013-01-10',  'ASSESSED',  NULL,  'Held by the state when the record opens (1 Jan 2012). No event needed.'),
    (46,  40,  18,  NULL,  'CONTROLLED',  '2013-01-10',  '2013-01-11',  'ASSESSED',  13,    'Taken from the army by Ansar Dine, MUJAO and AQIM on 10 Jan 2013.'),
    (47,  40,  18,  29,    'CONTESTED',   '2013-01-11',  '2013-01-21',  'ASSESSED',  14,    'Fought over from the launch of Operation Serval on 11 Jan 2013. The sources do not date the recapture of Konna: the period is closed on 21 Jan, when Douentza, further north, was retaken.'),
    (48,  40,  1,   NULL,  'CONTROLLED',  '2013-01-21',  NULL,          'ASSESSED',  14,    'Assessed: back under the state at the latest when the French and Malian advance retook Douentza, beyond Konna, on 21 Jan 2013. The sources record no later change at Konna.'),
    -- Douentza
    (49,  27,  1,   NULL,  'CONTROLLED',  '2012-01-01',  '2012-04-05',  'ASSESSED',  NULL,  'Held by the state when the record opens (1 Jan 2012). No event needed.'),
    (50,  27,  8,   NULL,  'CONTROLLED',  '2012-04-05',  '2013-01-21',  'ASSESSED',  9,     'Captured by the MNLA on 5 Apr 2012. The sources name no later holder before the town was retaken.'),
    (51,  27,  1,   NULL,  'CONTROLLED',  '2013-01-21',  NULL,          'ASSESSED',  16,    'Retaken by French and Malian forces on 21 Jan 2013. The sources record no later change.');
