-- Faultline demo record, part 4: events and the actors in them.
--
-- Mali, January 2012 - July 2024. Every event comes from a row of the chronology
-- (../shared/reference/mali-chronology.md), named in the comment above it as
-- "date | fact | place". A row covering several towns or steps is split into several events.
-- Conventions:
--   * date_precision DAY when the day is known, WEEK when it is approximate, MONTH when only the
--     month is known (event_date is then the 1st). end_date for events that span several days or
--     when the sources give only a window.
--   * disorder_type_code is always the disorder of the event type (POLITICAL_VIOLENCE for battles
--     and explosions, STRATEGIC_DEVELOPMENTS for strategic developments).
--   * towns taken by non-state groups: BATTLES / NON_STATE_ACTOR_OVERTAKES_TERRITORY (a hold of
--     less than a day is an ARMED_CLASH, as in ACLED), army retakes: GOVERNMENT_REGAINS_TERRITORY,
--     base handovers and withdrawals: STRATEGIC_DEVELOPMENTS / NON_VIOLENT_TRANSFER_OF_TERRITORY.
--   * events with no place in the sources are filed at Bamako (country level) or at the town most
--     tied to them, with location_precision REGION, and the notes say so. location stays NULL:
--     the place's point is used.
--   * fatalities_low/best/high only where the sources give figures. The figures of each side are
--     kept on the claims (05_claims.sql), and the notes explain the adjudicated range.
--   * event_actor: side A is the initiator, B the other side. ASSOCIATED marks a supporting actor
--     (e.g. Wagner with FAMa in 2023-2024).
--   * all events PUBLISHED, created_by and updated_by 'demo'.

INSERT INTO event (id, event_date, date_precision, end_date, disorder_type_code, event_type_code, sub_event_type_code, place_id, location_precision, fatalities_low, fatalities_best, fatalities_high, title, summary, notes, review_status, created_by, updated_by) VALUES
    -- ======================================== 2012
    -- Chronology: 16 Jan 2012 (some sources 17 Jan) | Start of the Tuareg rebellion / MNLA offensive | Ménaka, Aguelhok, Tessalit
    (1, '2012-01-16', 'DAY', NULL, 'POLITICAL_VIOLENCE', 'BATTLES', 'ARMED_CLASH', 12, NULL, NULL, NULL, NULL,
     'MNLA opens the Tuareg rebellion at Ménaka',
     'The MNLA, fighting for an independent Azawad in northern Mali, starts its offensive against the Malian army, and Ménaka is among the first places hit.',
     'Sources differ on the start date: 16 Jan 2012, some say 17 Jan. No casualty figures in the sources used here.',
     'PUBLISHED', 'demo', 'demo'),
    -- Chronology: 16 Jan 2012 (some sources 17 Jan) | attacks on Aguelhok and Tessalit reported 17 Jan | Aguelhok
    (2, '2012-01-17', 'DAY', NULL, 'POLITICAL_VIOLENCE', 'BATTLES', 'ARMED_CLASH', 15, NULL, NULL, NULL, NULL,
     'MNLA attacks the army at Aguelhok',
     'In the first days of the rebellion the MNLA attacks the army garrison at Aguelhok in the Kidal region.',
     'Date as reported (17 Jan 2012). No casualty figures given for this first attack.',
     'PUBLISHED', 'demo', 'demo'),
    -- Chronology: 16 Jan 2012 (some sources 17 Jan) | attacks on Aguelhok and Tessalit reported 17 Jan | Tessalit
    (3, '2012-01-17', 'DAY', NULL, 'POLITICAL_VIOLENCE', 'BATTLES', 'ARMED_CLASH', 14, NULL, NULL, NULL, NULL,
     'MNLA attacks the army at Tessalit',
     'The MNLA attacks the army at Tessalit, in the far north of the Kidal region, on the same day as Aguelhok.',
     'Date as reported (17 Jan 2012). The sources here do not say when the Tessalit garrison finally fell.',
     'PUBLISHED', 'demo', 'demo'),
    -- Chronology: 24 Jan 2012 | Aguelhok: soldiers reportedly executed, tolls about 60, 97, 40, 82 | Aguelhok
    -- Coded BATTLES / ARMED_CLASH, not violence against civilians: the victims were soldiers, killed in the course of the attack on their garrison (reportedly after capture). Not coded as a takeover because the sources describe the killings, not the taking of the town. The control record still infers the garrison was overrun.
    (4, '2012-01-24', 'DAY', NULL, 'POLITICAL_VIOLENCE', 'BATTLES', 'ARMED_CLASH', 15, NULL, 40, 60, 97,
     'Soldiers reported executed at Aguelhok',
     'Rebels attack the army at Aguelhok again, and captured soldiers are reported to have been executed. The toll is disputed, with figures from 40 to 97, and so is who was responsible (MNLA or AQIM).',
     'Fatalities: low 40 and high 97 are the extreme figures claimed. Best 60 follows the "about 60" given by a French minister, a named official source near the middle of the four tallies (40, about 60, 82, 97), pending better evidence. AQIM is listed as associated because the attribution is disputed.',
     'PUBLISHED', 'demo', 'demo'),
    -- Chronology: 22 Mar 2012 | Coup ousts President Amadou Toumani Touré (CNRDR, Capt. Sanogo) | Bamako
    (5, '2012-03-22', 'DAY', NULL, 'STRATEGIC_DEVELOPMENTS', 'STRATEGIC_DEVELOPMENTS', 'OTHER', 1, NULL, NULL, NULL, NULL,
     'Coup ousts President Amadou Toumani Touré',
     'Mutinous soldiers forming the CNRDR under Capt. Sanogo overthrow President Amadou Toumani Touré in Bamako, two months into the northern rebellion.',
     NULL,
     'PUBLISHED', 'demo', 'demo'),
    -- Chronology: 30 Mar - 1 Apr 2012 | Kidal, Gao and Timbuktu overrun on three consecutive days | Kidal
    (6, '2012-03-30', 'DAY', NULL, 'POLITICAL_VIOLENCE', 'BATTLES', 'NON_STATE_ACTOR_OVERTAKES_TERRITORY', 11, NULL, NULL, NULL, NULL,
     'MNLA and Ansar Dine take Kidal',
     'The rebels overrun Kidal, one of the three northern regional capitals that fall on three consecutive days at the end of March 2012. The MNLA seeks an independent Azawad, while the jihadist Ansar Dine fights alongside it.',
     'The sources say only that Kidal, Gao and Timbuktu fell on three consecutive days (30 Mar - 1 Apr). 30 Mar for Kidal is the usual date but is not verified in the sources. An Arabic report dated 2 Apr 2012 credits Ansar Dine with the capture.',
     'PUBLISHED', 'demo', 'demo'),
    -- Chronology: 30 Mar - 1 Apr 2012 | Kidal, Gao and Timbuktu overrun on three consecutive days | Gao
    (7, '2012-03-30', 'DAY', '2012-04-01', 'POLITICAL_VIOLENCE', 'BATTLES', 'NON_STATE_ACTOR_OVERTAKES_TERRITORY', 10, NULL, NULL, NULL, NULL,
     'Rebels take Gao',
     'Gao falls to the MNLA and Ansar Dine during the three days in which the rebels overrun the northern regional capitals.',
     'Day not verified: the sources give the three days 30 Mar - 1 Apr for Kidal, Gao and Timbuktu without tying each town to a day, so the event spans the window.',
     'PUBLISHED', 'demo', 'demo'),
    -- Chronology: 30 Mar - 1 Apr 2012 | Kidal, Gao and Timbuktu overrun on three consecutive days | Timbuktu
    (8, '2012-03-30', 'DAY', '2012-04-01', 'POLITICAL_VIOLENCE', 'BATTLES', 'NON_STATE_ACTOR_OVERTAKES_TERRITORY', 9, NULL, NULL, NULL, NULL,
     'Rebels take Timbuktu',
     'Timbuktu falls to the MNLA and Ansar Dine in the same three days as Kidal and Gao.',
     'Day not verified: the sources give the window 30 Mar - 1 Apr for the three towns without tying each town to a day.',
     'PUBLISHED', 'demo', 'demo'),
    -- Chronology: 5 Apr 2012 | Douentza captured, MNLA calls off offensive | Douentza
    (9, '2012-04-05', 'DAY', NULL, 'POLITICAL_VIOLENCE', 'BATTLES', 'NON_STATE_ACTOR_OVERTAKES_TERRITORY', 27, NULL, NULL, NULL, NULL,
     'MNLA captures Douentza',
     'The MNLA captures Douentza in the Mopti region, and calls off its offensive the same day.',
     'The sources name only the MNLA for this capture.',
     'PUBLISHED', 'demo', 'demo'),
    -- Chronology: 5 Apr 2012 | Douentza captured, MNLA calls off offensive | Douentza
    (10, '2012-04-05', 'DAY', NULL, 'STRATEGIC_DEVELOPMENTS', 'STRATEGIC_DEVELOPMENTS', 'CHANGE_TO_GROUP_ACTIVITY', 27, 'REGION', NULL, NULL, NULL,
     'MNLA calls off its offensive',
     'The MNLA announces the end of its military offensive after taking Douentza.',
     'No place for the announcement in the sources: filed at Douentza, where the offensive stopped (location precision REGION).',
     'PUBLISHED', 'demo', 'demo'),
    -- Chronology: 6 Apr 2012 | MNLA proclaims Azawad independence | northern Mali
    (11, '2012-04-06', 'DAY', NULL, 'STRATEGIC_DEVELOPMENTS', 'STRATEGIC_DEVELOPMENTS', 'OTHER', 10, 'REGION', NULL, NULL, NULL,
     'MNLA proclaims the independent state of Azawad',
     'The MNLA declares northern Mali independent as the state of Azawad.',
     'The sources place it only in "northern Mali": filed at Gao, the largest town the MNLA then held, with location precision REGION.',
     'PUBLISHED', 'demo', 'demo'),
    -- Chronology: 26 Jun 2012 | Battle of Gao: MUJAO expels MNLA | Gao
    (12, '2012-06-26', 'DAY', NULL, 'POLITICAL_VIOLENCE', 'BATTLES', 'NON_STATE_ACTOR_OVERTAKES_TERRITORY', 10, NULL, NULL, NULL, NULL,
     'MUJAO drives the MNLA out of Gao',
     'In the Battle of Gao the jihadist MUJAO expels the separatist MNLA from the town.',
     NULL,
     'PUBLISHED', 'demo', 'demo'),
    -- ======================================== 2013
    -- Chronology: 10 Jan 2013 | Army loses Konna | Konna
    (13, '2013-01-10', 'DAY', NULL, 'POLITICAL_VIOLENCE', 'BATTLES', 'NON_STATE_ACTOR_OVERTAKES_TERRITORY', 40, NULL, NULL, NULL, NULL,
     'Jihadists take Konna from the army',
     'Ansar Dine, MUJAO and AQIM fighters take Konna, in the Mopti region, from the army.',
     NULL,
     'PUBLISHED', 'demo', 'demo'),
    -- Chronology: 11 Jan 2013 | France launches Operation Serval | Konna, Mopti
    (14, '2013-01-11', 'DAY', NULL, 'STRATEGIC_DEVELOPMENTS', 'STRATEGIC_DEVELOPMENTS', 'CHANGE_TO_GROUP_ACTIVITY', 40, NULL, NULL, NULL, NULL,
     'France launches Operation Serval',
     'The day after the fall of Konna, France launches Operation Serval alongside the Malian army around Konna and Mopti.',
     'The chronology places the launch at Konna and Mopti. The event is filed at Konna, where the advance was stopped.',
     'PUBLISHED', 'demo', 'demo'),
    -- Chronology: 11 Jan 2013 | ECOWAS authorises AFISMA/MISMA | -
    (15, '2013-01-11', 'DAY', NULL, 'STRATEGIC_DEVELOPMENTS', 'STRATEGIC_DEVELOPMENTS', 'CHANGE_TO_GROUP_ACTIVITY', 1, 'REGION', NULL, NULL, NULL,
     'ECOWAS authorises the AFISMA force',
     'The West African bloc ECOWAS authorises the African-led support mission AFISMA (MISMA in French) for Mali.',
     'No place in the sources: filed at the capital as a country-level event (location precision REGION).',
     'PUBLISHED', 'demo', 'demo'),
    -- Chronology: 21 Jan 2013 | Douentza retaken | Douentza
    (16, '2013-01-21', 'DAY', NULL, 'POLITICAL_VIOLENCE', 'BATTLES', 'GOVERNMENT_REGAINS_TERRITORY', 27, NULL, NULL, NULL, NULL,
     'French and Malian troops retake Douentza',
     'French and Malian forces retake Douentza.',
     'The sources do not name the group that held the town.',
     'PUBLISHED', 'demo', 'demo'),
    -- Chronology: 26-27 Jan 2013 | Gao and Timbuktu retaken | Gao
    (17, '2013-01-26', 'DAY', '2013-01-27', 'POLITICAL_VIOLENCE', 'BATTLES', 'GOVERNMENT_REGAINS_TERRITORY', 10, NULL, NULL, NULL, NULL,
     'French and Malian troops retake Gao',
     'French and Malian forces retake Gao, held by MUJAO since June 2012.',
     'The sources give 26-27 Jan for Gao and Timbuktu together, so the event spans both days. MUJAO is side B as the holder since the June 2012 battle: the sources for the retake do not name it.',
     'PUBLISHED', 'demo', 'demo'),
    -- Chronology: 26-27 Jan 2013 | Gao and Timbuktu retaken | Timbuktu
    (18, '2013-01-26', 'DAY', '2013-01-27', 'POLITICAL_VIOLENCE', 'BATTLES', 'GOVERNMENT_REGAINS_TERRITORY', 9, NULL, NULL, NULL, NULL,
     'French and Malian troops retake Timbuktu',
     'French and Malian forces retake Timbuktu, held by the rebels and Islamists since April 2012.',
     'The sources give 26-27 Jan for Gao and Timbuktu together, so the event spans both days. The group that held the town is not named.',
     'PUBLISHED', 'demo', 'demo'),
    -- Chronology: 26-27 Jan 2013 | Kidal airstrip seized by 30 Jan | Kidal
    (19, '2013-01-30', 'DAY', NULL, 'STRATEGIC_DEVELOPMENTS', 'STRATEGIC_DEVELOPMENTS', 'HEADQUARTERS_OR_BASE_ESTABLISHED', 11, NULL, NULL, NULL, NULL,
     'French troops seize Kidal airstrip',
     'French forces take the airstrip at Kidal.',
     'The source says the airstrip was seized "by 30 Jan": the event date is a latest date. Coded as a base established because no fight for the town is reported.',
     'PUBLISHED', 'demo', 'demo'),
    -- Chronology: 8 Feb 2013 (de.wikipedia: 9 Feb) | Tessalit retaken | Tessalit
    (20, '2013-02-08', 'DAY', NULL, 'POLITICAL_VIOLENCE', 'BATTLES', 'GOVERNMENT_REGAINS_TERRITORY', 14, NULL, NULL, NULL, NULL,
     'French and African forces retake Tessalit',
     'French troops with African forces retake Tessalit in the Kidal region.',
     'English Wikipedia gives 8 Feb, a copy of the German Wikipedia 9 Feb. Coded as government regains territory: French and African forces acting for the Malian state.',
     'PUBLISHED', 'demo', 'demo'),
    -- Chronology: 22 Feb 2013 | Adrar des Ifoghas taken | Kidal Cercle
    (21, '2013-02-22', 'DAY', NULL, 'POLITICAL_VIOLENCE', 'BATTLES', 'GOVERNMENT_REGAINS_TERRITORY', 44, NULL, NULL, NULL, NULL,
     'French and Chadian troops take the Adrar des Ifoghas',
     'French and Chadian forces take the Adrar des Ifoghas massif in the Kidal region.',
     'The sources do not name the opponents.',
     'PUBLISHED', 'demo', 'demo'),
    -- Chronology: Actor-lineage facts | A MAA splinter took Ber in spring 2013 | Ber
    (22, '2013-03-01', 'MONTH', '2013-05-13', 'POLITICAL_VIOLENCE', 'BATTLES', 'NON_STATE_ACTOR_OVERTAKES_TERRITORY', 43, NULL, NULL, NULL, NULL,
     'MAA splinter takes Ber',
     'A splinter group of the Arab Movement of Azawad (MAA) takes control of Ber, east of Timbuktu.',
     'The source, a map update of 13 May 2013, says only "spring 2013": the event spans 1 Mar - 13 May 2013 at month precision.',
     'PUBLISHED', 'demo', 'demo'),
    -- Chronology: 25 Apr 2013 | UNSC Res. 2100 establishes MINUSMA | -
    (23, '2013-04-25', 'DAY', NULL, 'STRATEGIC_DEVELOPMENTS', 'STRATEGIC_DEVELOPMENTS', 'CHANGE_TO_GROUP_ACTIVITY', 1, 'REGION', NULL, NULL, NULL,
     'UN Security Council creates MINUSMA',
     'UN Security Council resolution 2100 establishes MINUSMA, the UN stabilisation mission in Mali.',
     'No place in the sources: filed at the capital as a country-level event (location precision REGION).',
     'PUBLISHED', 'demo', 'demo'),
    -- Chronology: Jun 2013 | Ouagadougou preliminary accord | -
    (24, '2013-06-01', 'MONTH', NULL, 'STRATEGIC_DEVELOPMENTS', 'STRATEGIC_DEVELOPMENTS', 'AGREEMENT', 1, 'REGION', NULL, NULL, NULL,
     'Ouagadougou preliminary accord',
     'The government and the MNLA and HCUA sign a preliminary accord in Ouagadougou.',
     'Month precision: the exact day is not verified (18 Jun 2013 from memory). Signed in Ouagadougou (Burkina Faso), outside the gazetteer: filed at the capital of the government party, location precision REGION.',
     'PUBLISHED', 'demo', 'demo'),
    -- Chronology: 5 Jun 2013 | FAMa take Anefis (2nd battle of Anefis) | Anefis
    (25, '2013-06-05', 'DAY', NULL, 'POLITICAL_VIOLENCE', 'BATTLES', 'GOVERNMENT_REGAINS_TERRITORY', 16, NULL, NULL, NULL, NULL,
     'Army takes Anéfis from the MNLA',
     'In the second battle of Anéfis the Malian army takes the town from the MNLA, on the road to Kidal.',
     NULL,
     'PUBLISHED', 'demo', 'demo'),
    -- Chronology: 1 Jul 2013 | MINUSMA deploys, taking over from AFISMA/MISMA | -
    (26, '2013-07-01', 'DAY', NULL, 'STRATEGIC_DEVELOPMENTS', 'STRATEGIC_DEVELOPMENTS', 'CHANGE_TO_GROUP_ACTIVITY', 1, 'REGION', NULL, NULL, NULL,
     'MINUSMA takes over from AFISMA',
     'The UN mission MINUSMA deploys and takes over from the African-led AFISMA/MISMA force.',
     'No place in the sources: filed at the capital as a country-level event (location precision REGION).',
     'PUBLISHED', 'demo', 'demo'),
    -- ======================================== 2014
    -- Chronology: 17-21 May 2014 | PM Moussa Mara's Kidal visit (17 May) triggers fighting | Kidal
    (27, '2014-05-17', 'DAY', NULL, 'POLITICAL_VIOLENCE', 'BATTLES', 'ARMED_CLASH', 11, NULL, NULL, NULL, NULL,
     'Fighting in Kidal during Prime Minister Mara''s visit',
     'A visit to Kidal by Prime Minister Moussa Mara sets off fighting between the army and the MNLA, HCUA and MAA.',
     NULL,
     'PUBLISHED', 'demo', 'demo'),
    -- Chronology: 17-21 May 2014 | 21 May army offensive fails, army loses Kidal | Kidal
    (28, '2014-05-21', 'DAY', NULL, 'POLITICAL_VIOLENCE', 'BATTLES', 'NON_STATE_ACTOR_OVERTAKES_TERRITORY', 11, NULL, NULL, NULL, NULL,
     'Army offensive on Kidal fails, rebels take the town',
     'An army offensive on Kidal fails and the MNLA, HCUA and MAA take control of the town. It stays in rebel hands until November 2023.',
     NULL,
     'PUBLISHED', 'demo', 'demo'),
    -- Chronology: 17-21 May 2014 | army loses Kidal, Ménaka, Andéramboukane, Anefis | Ménaka
    (29, '2014-05-21', 'WEEK', NULL, 'POLITICAL_VIOLENCE', 'BATTLES', 'NON_STATE_ACTOR_OVERTAKES_TERRITORY', 12, NULL, NULL, NULL, NULL,
     'Army loses Ménaka',
     'After the failed offensive on Kidal the army also loses Ménaka to the northern armed movements.',
     'Week precision: the sources date the losses to the aftermath of the 21 May offensive without a day for each town.',
     'PUBLISHED', 'demo', 'demo'),
    -- Chronology: 17-21 May 2014 | army loses Kidal, Ménaka, Andéramboukane, Anefis | Andéramboukane
    (30, '2014-05-21', 'WEEK', NULL, 'POLITICAL_VIOLENCE', 'BATTLES', 'NON_STATE_ACTOR_OVERTAKES_TERRITORY', 35, NULL, NULL, NULL, NULL,
     'Army loses Andéramboukane',
     'Andéramboukane is among the towns the army loses after the failed offensive on Kidal.',
     'Week precision: the sources date the losses to the aftermath of the 21 May offensive without a day for each town.',
     'PUBLISHED', 'demo', 'demo'),
    -- Chronology: 17-21 May 2014 | army loses Kidal, Ménaka, Andéramboukane, Anefis | Anefis
    (31, '2014-05-21', 'WEEK', NULL, 'POLITICAL_VIOLENCE', 'BATTLES', 'NON_STATE_ACTOR_OVERTAKES_TERRITORY', 16, NULL, NULL, NULL, NULL,
     'Army loses Anéfis',
     'The army loses Anéfis, which it had taken in June 2013, after the failed offensive on Kidal.',
     'Week precision: the sources date the losses to the aftermath of the 21 May offensive without a day for each town.',
     'PUBLISHED', 'demo', 'demo'),
    -- Chronology: 23 May 2014 | Ceasefire obtained in Kidal by Mauritanian / AU President Mohamed Ould Abdel Aziz | Kidal
    (32, '2014-05-23', 'DAY', NULL, 'STRATEGIC_DEVELOPMENTS', 'STRATEGIC_DEVELOPMENTS', 'AGREEMENT', 11, NULL, NULL, NULL, NULL,
     'Ceasefire agreed in Kidal',
     'Mauritania''s President Mohamed Ould Abdel Aziz, then chairing the African Union, obtains a ceasefire between the government and the MNLA, HCUA and MAA.',
     'Wikipedia dates the negotiations to 22 May. The mediator is not recorded as an actor: he was on neither side.',
     'PUBLISHED', 'demo', 'demo'),
    -- Chronology: 1 Aug 2014 | Operation Barkhane replaces Serval | Sahel
    (33, '2014-08-01', 'DAY', NULL, 'STRATEGIC_DEVELOPMENTS', 'STRATEGIC_DEVELOPMENTS', 'CHANGE_TO_GROUP_ACTIVITY', 10, 'REGION', NULL, NULL, NULL,
     'Operation Barkhane replaces Serval',
     'France replaces Operation Serval with Operation Barkhane, an operation covering the Sahel.',
     'A Sahel-wide change: filed at Gao, Barkhane''s base in Mali (handed over in 2022), with location precision REGION.',
     'PUBLISHED', 'demo', 'demo'),
    -- Chronology: 16 Aug 2014 | Car bomb on MINUSMA camp at Ber, 2 Burkinabè peacekeepers killed, 9 wounded | Ber
    -- Coded as remote explosive (vehicle bomb), not suicide bomb: the source says "car bomb" and does not say the driver died in the blast.
    (34, '2014-08-16', 'DAY', NULL, 'POLITICAL_VIOLENCE', 'EXPLOSIONS_REMOTE_VIOLENCE', 'REMOTE_EXPLOSIVE_LANDMINE_IED', 43, NULL, 2, 2, 2,
     'Car bomb at the MINUSMA camp in Ber',
     'A car bomb hits the MINUSMA camp at Ber, killing two peacekeepers from Burkina Faso and wounding nine. The attack is attributed to AQIM.',
     'Attribution to AQIM as reported, not established.',
     'PUBLISHED', 'demo', 'demo'),
    -- Chronology: 28 Oct 2014 | CMA founded | -
    (35, '2014-10-28', 'DAY', NULL, 'STRATEGIC_DEVELOPMENTS', 'STRATEGIC_DEVELOPMENTS', 'CHANGE_TO_GROUP_ACTIVITY', 11, 'REGION', NULL, NULL, NULL,
     'Azawad movements form the CMA',
     'The MNLA, HCUA and MAA form the Coordination of Azawad Movements (CMA), a joint front of the northern movements that claim Azawad.',
     'No place in the sources: filed at Kidal, the coalition''s stronghold since May 2014, with location precision REGION.',
     'PUBLISHED', 'demo', 'demo'),
    -- ======================================== 2015
    -- Chronology: 1 Mar 2015 | Algiers agreement accepted by Gov't and the "Platform" | Algiers
    (36, '2015-03-01', 'DAY', NULL, 'STRATEGIC_DEVELOPMENTS', 'STRATEGIC_DEVELOPMENTS', 'AGREEMENT', 1, 'REGION', NULL, NULL, NULL,
     'Government and Platform accept the Algiers agreement',
     'The government and the pro-government Platform of armed groups (MAA dissidents, CPA, CM-FPR) accept the peace agreement negotiated in Algiers.',
     'Done in Algiers, outside the gazetteer: filed at the capital of the government party, location precision REGION.',
     'PUBLISHED', 'demo', 'demo'),
    -- Chronology: 27 Apr 2015 | GATIA and MAA capture Ménaka | Ménaka
    (37, '2015-04-27', 'DAY', NULL, 'POLITICAL_VIOLENCE', 'BATTLES', 'NON_STATE_ACTOR_OVERTAKES_TERRITORY', 12, NULL, NULL, NULL, NULL,
     'Pro-government GATIA and MAA take Ménaka from the CMA',
     'GATIA and the Platform faction of the MAA, both pro-government, capture Ménaka from the CMA weeks before the Algiers accord is signed.',
     NULL,
     'PUBLISHED', 'demo', 'demo'),
    -- Chronology: May 2015; Mar 2017 | ISGS splits from al-Mourabitoun (May 2015) | -
    (38, '2015-05-01', 'MONTH', NULL, 'STRATEGIC_DEVELOPMENTS', 'STRATEGIC_DEVELOPMENTS', 'CHANGE_TO_GROUP_ACTIVITY', 12, 'REGION', NULL, NULL, NULL,
     'ISGS splits from al-Mourabitoun',
     'A faction leaves al-Mourabitoun and forms the Islamic State in the Greater Sahara (ISGS), later the Islamic State Sahel Province.',
     'Month precision. No place in the sources: filed at Ménaka, the region where the sources later place ISGS/ISSP, with location precision REGION.',
     'PUBLISHED', 'demo', 'demo'),
    -- Chronology: 14-15 May 2015 | CMA initials in Algiers (14 May) | Algiers
    (39, '2015-05-14', 'DAY', NULL, 'STRATEGIC_DEVELOPMENTS', 'STRATEGIC_DEVELOPMENTS', 'AGREEMENT', 1, 'REGION', NULL, NULL, NULL,
     'CMA initials the Algiers agreement',
     'The CMA initials the Algiers peace agreement, a step short of signing it.',
     'Done in Algiers, outside the gazetteer: filed at Bamako, where the accord was signed, location precision REGION.',
     'PUBLISHED', 'demo', 'demo'),
    -- Chronology: 14-15 May 2015 | accord signed in Bamako (15 May) | Bamako
    (40, '2015-05-15', 'DAY', NULL, 'STRATEGIC_DEVELOPMENTS', 'STRATEGIC_DEVELOPMENTS', 'AGREEMENT', 1, NULL, NULL, NULL, NULL,
     'Algiers accord signed in Bamako by the government and the Platform',
     'The government and the Platform sign the Algiers accord in Bamako. The CMA signs only on 20 Jun.',
     NULL,
     'PUBLISHED', 'demo', 'demo'),
    -- Chronology: 20 Jun 2015 | CMA signs the Algiers accord in Bamako | Bamako
    (41, '2015-06-20', 'DAY', NULL, 'STRATEGIC_DEVELOPMENTS', 'STRATEGIC_DEVELOPMENTS', 'AGREEMENT', 1, NULL, NULL, NULL, NULL,
     'CMA signs the Algiers accord',
     'The CMA signs the Algiers peace accord in Bamako, joining the government and the Platform.',
     NULL,
     'PUBLISHED', 'demo', 'demo'),
    -- Chronology: Aug -> 18 Sep 2015 | Pro-gov't militias seize Anefis in Aug | Anefis
    (42, '2015-08-01', 'MONTH', NULL, 'POLITICAL_VIOLENCE', 'BATTLES', 'NON_STATE_ACTOR_OVERTAKES_TERRITORY', 16, NULL, NULL, NULL, NULL,
     'Pro-government militias seize Anéfis',
     'GATIA and other Platform militias seize Anéfis from the CMA.',
     'Month precision: the sources give August 2015 only.',
     'PUBLISHED', 'demo', 'demo'),
    -- Chronology: Aug -> 18 Sep 2015 | CMA retakes Anefis "without a fight" (reported Fri 18 Sep) | Anefis
    (43, '2015-09-18', 'DAY', NULL, 'STRATEGIC_DEVELOPMENTS', 'STRATEGIC_DEVELOPMENTS', 'NON_VIOLENT_TRANSFER_OF_TERRITORY', 16, NULL, NULL, NULL, NULL,
     'CMA retakes Anéfis without a fight',
     'The CMA takes back Anéfis from the pro-government militias, reportedly without fighting.',
     'The date is that of the report (Friday 18 Sep 2015). The handover may have happened shortly before.',
     'PUBLISHED', 'demo', 'demo'),
    -- ======================================== 2017
    -- Chronology: May 2015; Mar 2017 | JNIM formed from AQIM Sahara emirate, Ansar al-Din, Macina Liberation Front, al-Mourabitoun | -
    (44, '2017-03-01', 'MONTH', NULL, 'STRATEGIC_DEVELOPMENTS', 'STRATEGIC_DEVELOPMENTS', 'CHANGE_TO_GROUP_ACTIVITY', 1, 'REGION', NULL, NULL, NULL,
     'Jihadist groups merge into JNIM',
     'AQIM''s Sahara emirate, Ansar Dine, the Macina Liberation Front and al-Mourabitoun merge to form JNIM.',
     'Month precision. No place in the sources: filed at the capital as a country-level event (location precision REGION).',
     'PUBLISHED', 'demo', 'demo'),
    -- ======================================== 2020
    -- Chronology: 18 Aug 2020 | Coup: President Ibrahim Boubacar Keïta resigns (Kati mutiny) | Kati
    (45, '2020-08-18', 'DAY', NULL, 'STRATEGIC_DEVELOPMENTS', 'STRATEGIC_DEVELOPMENTS', 'OTHER', 2, NULL, NULL, NULL, NULL,
     'Mutiny at Kati',
     'Soldiers mutiny at Kati, near Bamako, the start of the coup that brings down President Ibrahim Boubacar Keïta.',
     NULL,
     'PUBLISHED', 'demo', 'demo'),
    -- Chronology: 18 Aug 2020 | Coup: President Ibrahim Boubacar Keïta resigns | Bamako
    (46, '2020-08-18', 'DAY', NULL, 'STRATEGIC_DEVELOPMENTS', 'STRATEGIC_DEVELOPMENTS', 'OTHER', 1, NULL, NULL, NULL, NULL,
     'Coup ousts President Ibrahim Boubacar Keïta',
     'President Ibrahim Boubacar Keïta resigns under pressure from the mutinous officers, who form the CNSP junta with Col. Assimi Goïta among them.',
     NULL,
     'PUBLISHED', 'demo', 'demo'),
    -- ======================================== 2021
    -- Chronology: 24 May 2021 | Second coup: transitional President Bah N'Daw and PM Moctar Ouane detained | Kati
    (47, '2021-05-24', 'DAY', NULL, 'STRATEGIC_DEVELOPMENTS', 'STRATEGIC_DEVELOPMENTS', 'ARRESTS', 2, NULL, NULL, NULL, NULL,
     'Soldiers detain the transitional President and Prime Minister',
     'The army detains transitional President Bah N''Daw and Prime Minister Moctar Ouane, nine months after the first coup.',
     'The sources give Kati and Bamako for this coup: the detention is filed at Kati and the takeover at Bamako.',
     'PUBLISHED', 'demo', 'demo'),
    -- Chronology: 24 May 2021 | Second coup: Goïta takes over | Bamako
    (48, '2021-05-24', 'DAY', NULL, 'STRATEGIC_DEVELOPMENTS', 'STRATEGIC_DEVELOPMENTS', 'OTHER', 1, NULL, NULL, NULL, NULL,
     'Second coup leaves Col. Assimi Goïta in power',
     'With the President and Prime Minister detained, Col. Assimi Goïta takes over the transition.',
     NULL,
     'PUBLISHED', 'demo', 'demo'),
    -- Chronology: Dec 2021 (statement 23 Dec) | Wagner deployment condemned by 15 European states + Canada | Bamako
    (49, '2021-12-01', 'MONTH', NULL, 'STRATEGIC_DEVELOPMENTS', 'STRATEGIC_DEVELOPMENTS', 'CHANGE_TO_GROUP_ACTIVITY', 1, NULL, NULL, NULL, NULL,
     'Wagner Group deploys in Mali',
     'Russian mercenaries of the Wagner Group deploy in Mali. Fifteen European states and Canada condemn it on 23 Dec and say Russia provides material support.',
     'Month precision: the sources date the deployment to December 2021, the statement to 23 Dec.',
     'PUBLISHED', 'demo', 'demo'),
    -- ======================================== 2022
    -- Chronology: 17 Feb 2022 | Macron orders withdrawal of Barkhane from Mali | -
    (50, '2022-02-17', 'DAY', NULL, 'STRATEGIC_DEVELOPMENTS', 'STRATEGIC_DEVELOPMENTS', 'CHANGE_TO_GROUP_ACTIVITY', 1, 'REGION', NULL, NULL, NULL,
     'France orders Barkhane out of Mali',
     'President Emmanuel Macron orders French forces of Operation Barkhane to withdraw from Mali.',
     'No place in the sources: filed at the capital as a country-level event (location precision REGION).',
     'PUBLISHED', 'demo', 'demo'),
    -- Chronology: Aug 2022 - Apr 2023 | JNIM vs ISSP battles in Ménaka region | Ménaka region
    (51, '2022-08-01', 'MONTH', '2023-04-01', 'POLITICAL_VIOLENCE', 'BATTLES', 'ARMED_CLASH', 12, 'REGION', NULL, NULL, NULL,
     'JNIM and ISSP fight for the Ménaka region',
     'Rival jihadist groups JNIM and the Islamic State Sahel Province fight a months-long campaign for control of the Ménaka region.',
     'A campaign, not a single battle: month precision, August 2022 to early April 2023. Filed at Ménaka town with location precision REGION.',
     'PUBLISHED', 'demo', 'demo'),
    -- Chronology: 7 Aug 2022 | Tessit attack, 42 soldiers killed (initial toll 17 soldiers + 4 civilians) | Tessit
    (52, '2022-08-07', 'DAY', NULL, 'POLITICAL_VIOLENCE', 'BATTLES', 'ARMED_CLASH', 33, NULL, NULL, 42, NULL,
     'Attack on the army at Tessit kills 42 soldiers',
     'Jihadists attack the army at Tessit in the Gao region. The toll rises from an initial 17 soldiers and 4 civilians to 42 soldiers killed.',
     'Best 42 is the later, higher toll. The initial toll was 17 soldiers and 4 civilians. The attackers are recorded as unidentified: elsewhere the attack is attributed to ISSP, but that is not verified in the sources.',
     'PUBLISHED', 'demo', 'demo'),
    -- Chronology: 15 Aug 2022 | Last Barkhane unit leaves Gao base (handed to FAMa) | Gao
    (53, '2022-08-15', 'DAY', NULL, 'STRATEGIC_DEVELOPMENTS', 'STRATEGIC_DEVELOPMENTS', 'NON_VIOLENT_TRANSFER_OF_TERRITORY', 10, NULL, NULL, NULL, NULL,
     'Barkhane hands its Gao base to the Malian army',
     'The last French unit of Operation Barkhane leaves its base in Gao, which is handed to the Malian army, ending nine and a half years of French deployment in Mali.',
     NULL,
     'PUBLISHED', 'demo', 'demo'),
    -- Chronology: 15 Aug 2022 | Last Barkhane unit crosses to Niger (~10:15 UTC / 13:00 Paris) | Labbezanga
    (54, '2022-08-15', 'DAY', NULL, 'STRATEGIC_DEVELOPMENTS', 'STRATEGIC_DEVELOPMENTS', 'CHANGE_TO_GROUP_ACTIVITY', 42, NULL, NULL, NULL, NULL,
     'Last French troops leave Mali for Niger',
     'The last Barkhane column crosses the border into Niger at about 10:15 UTC, and no French soldiers remain in Mali.',
     'Filed at Labbezanga, named in the chronology for the crossing into Niger.',
     'PUBLISHED', 'demo', 'demo'),
    -- ======================================== 2023
    -- Chronology: Aug 2022 - Apr 2023 | JNIM leaves its last major Ménaka settlement in early April 2023 | Ménaka region
    (55, '2023-04-01', 'MONTH', NULL, 'STRATEGIC_DEVELOPMENTS', 'STRATEGIC_DEVELOPMENTS', 'CHANGE_TO_GROUP_ACTIVITY', 12, 'REGION', NULL, NULL, NULL,
     'JNIM leaves its last major settlement in the Ménaka region',
     'JNIM withdraws from its last major settlement in the Ménaka region, leaving the area to ISSP.',
     'Early April 2023 (month precision). The settlement is not named: filed at Ménaka town with location precision REGION.',
     'PUBLISHED', 'demo', 'demo'),
    -- Chronology: 30 Jun 2023 | UNSC Res. 2690 ends MINUSMA mandate, withdrawal by 31 Dec 2023 | -
    (56, '2023-06-30', 'DAY', NULL, 'STRATEGIC_DEVELOPMENTS', 'STRATEGIC_DEVELOPMENTS', 'CHANGE_TO_GROUP_ACTIVITY', 1, 'REGION', NULL, NULL, NULL,
     'UN Security Council ends MINUSMA''s mandate',
     'Security Council resolution 2690 ends the mandate of MINUSMA and orders its withdrawal by 31 Dec 2023.',
     'No place in the sources: filed at the capital as a country-level event (location precision REGION).',
     'PUBLISHED', 'demo', 'demo'),
    -- Chronology: 4 Aug 2023 | MINUSMA closes Ogossagou temporary base | Ogossagou
    (57, '2023-08-04', 'DAY', NULL, 'STRATEGIC_DEVELOPMENTS', 'STRATEGIC_DEVELOPMENTS', 'NON_VIOLENT_TRANSFER_OF_TERRITORY', 41, NULL, NULL, NULL, NULL,
     'MINUSMA closes its Ogossagou base',
     'MINUSMA closes its temporary base at Ogossagou in the Mopti region as part of its withdrawal from Mali.',
     NULL,
     'PUBLISHED', 'demo', 'demo'),
    -- Chronology: 11-13 Aug 2023 | Ber: clashes on the FAMa convoy | Ber
    (58, '2023-08-11', 'DAY', '2023-08-13', 'POLITICAL_VIOLENCE', 'BATTLES', 'ARMED_CLASH', 43, 'NEAR', NULL, NULL, NULL,
     'Clashes around Ber as the army moves to take over the UN camp',
     'Army and Wagner troops heading for the MINUSMA camp at Ber clash with fighters of the former rebel CMA, who want the camp for themselves.',
     'The sources give 11-13 Aug for the clashes without a day-by-day account.',
     'PUBLISHED', 'demo', 'demo'),
    -- Chronology: 11-13 Aug 2023 | MINUSMA advances its departure from Ber from ~15 to 13 Aug | Ber
    (59, '2023-08-13', 'DAY', NULL, 'STRATEGIC_DEVELOPMENTS', 'STRATEGIC_DEVELOPMENTS', 'NON_VIOLENT_TRANSFER_OF_TERRITORY', 43, NULL, NULL, NULL, NULL,
     'MINUSMA leaves Ber early',
     'Because of the fighting MINUSMA brings forward its departure from Ber, planned for about 15 Aug, and leaves its camp on 13 Aug.',
     NULL,
     'PUBLISHED', 'demo', 'demo'),
    -- Chronology: 11-13 Aug 2023 | convoy attacked twice (MINUSMA: 4 wounded, AFP: 3) | Ber
    (60, '2023-08-13', 'DAY', NULL, 'POLITICAL_VIOLENCE', 'BATTLES', 'ARMED_CLASH', 43, 'NEAR', NULL, NULL, NULL,
     'Departing UN convoy attacked twice near Ber',
     'The MINUSMA convoy leaving Ber is attacked twice. MINUSMA reports four peacekeepers wounded, AFP three.',
     'The attackers are not named in the sources. Location NEAR: the attacks happened near Ber, not in the town.',
     'PUBLISHED', 'demo', 'demo'),
    -- Chronology: 11-13 Aug 2023 | FAMa says it took the camp 13 Aug ~08:30; CMA says it repelled FAMa/Wagner | Ber
    (61, '2023-08-13', 'DAY', NULL, 'POLITICAL_VIOLENCE', 'BATTLES', 'GOVERNMENT_REGAINS_TERRITORY', 43, NULL, 6, 6, 30,
     'Army takes over the Ber camp, CMA disputes it',
     'The army says it took over the former UN camp at Ber at about 08:30 on 13 Aug, losing six dead and four wounded and finding 24 bodies of attackers. The CMA says it repelled the army and Wagner.',
     'Low and best 6: the army''s own dead. High 30 adds the 24 bodies the army reports, a figure nobody else confirms. A contested handover, so coded as a battle (government regains territory) rather than a non-violent transfer.',
     'PUBLISHED', 'demo', 'demo'),
    -- Chronology: 12 Sep 2023 | CMA/CSP assault on Bourem camp, briefly seized, then retreat | Bourem
    (62, '2023-09-12', 'DAY', NULL, 'POLITICAL_VIOLENCE', 'BATTLES', 'ARMED_CLASH', 20, NULL, NULL, NULL, NULL,
     'CSP rebels assault the army camp at Bourem',
     'Fighters of the CSP coalition, the CMA among them, attack the army camp at Bourem, hold it briefly and then pull back.',
     'Coded as an armed clash: the rebels held the camp for less than a day. Fatalities left empty: the only figure (at least 46 rebels and 10 soldiers) comes from one analyst page that itself says there is "no reliable and independent number".',
     'PUBLISHED', 'demo', 'demo'),
    -- Chronology: 17-18 Sep 2023 | Léré: CSP takes the camp "after two hours of fighting" (17 Sep afternoon) | Léré
    (63, '2023-09-17', 'DAY', NULL, 'POLITICAL_VIOLENCE', 'BATTLES', 'ARMED_CLASH', 22, NULL, 5, 5, 35,
     'CSP rebels take the army camp at Léré',
     'CSP fighters take the army camp at Léré in the Timbuktu region after two hours of fighting on the afternoon of 17 Sep. The army says it lost 5 dead, 20 wounded and 11 missing and killed about 30 attackers, figures the CSP contests.',
     'Low and best 5: the army''s own dead. High 35 adds the 30 attackers the army says it killed. The 11 missing soldiers are not counted. Coded as an armed clash because the rebels held the camp for less than a day (left 02:00-03:00 on 18 Sep). The control record keeps that overnight hold.',
     'PUBLISHED', 'demo', 'demo'),
    -- Chronology: 17-18 Sep 2023 | CSP withdraws 02:00-03:00 on 18 Sep | Léré
    (64, '2023-09-18', 'DAY', NULL, 'STRATEGIC_DEVELOPMENTS', 'STRATEGIC_DEVELOPMENTS', 'NON_VIOLENT_TRANSFER_OF_TERRITORY', 22, NULL, NULL, NULL, NULL,
     'CSP fighters withdraw from Léré',
     'The CSP fighters leave Léré between 02:00 and 03:00 on 18 Sep, the night after taking the camp.',
     NULL,
     'PUBLISHED', 'demo', 'demo'),
    -- Chronology: 2 Oct 2023 | FAMa convoy leaves Gao for Kidal | Gao
    (65, '2023-10-02', 'DAY', NULL, 'STRATEGIC_DEVELOPMENTS', 'STRATEGIC_DEVELOPMENTS', 'CHANGE_TO_GROUP_ACTIVITY', 10, NULL, NULL, NULL, NULL,
     'Army convoy sets out from Gao towards Kidal',
     'An army convoy with Wagner support leaves Gao heading north for Kidal, the rebels'' stronghold.',
     NULL,
     'PUBLISHED', 'demo', 'demo'),
    -- Chronology: 7 Oct 2023 (Sat, some outlets say 8 Oct) | FAMa communiqué: "full control" of Anefis; CSP says it withdrew to spare civilians | Anefis
    (66, '2023-10-07', 'DAY', NULL, 'POLITICAL_VIOLENCE', 'BATTLES', 'GOVERNMENT_REGAINS_TERRITORY', 16, NULL, NULL, NULL, NULL,
     'Army takes Anéfis on the road to Kidal',
     'The army, with Wagner, takes Anéfis, about 110 km from Kidal, after clashes with the CSP rebels. The CSP, which fights for Azawad, says it withdrew to spare civilians.',
     'The army communiqué says Saturday 7 Oct, an RFI-derived text says 8 Oct. 7 Oct 2023 was a Saturday, so the event keeps 7 Oct.',
     'PUBLISHED', 'demo', 'demo'),
    -- Chronology: 21 & 23 Oct 2023 | Chadian MINUSMA contingent leaves Aguelhok (21 Oct) | Aguelhok
    (67, '2023-10-21', 'DAY', NULL, 'STRATEGIC_DEVELOPMENTS', 'STRATEGIC_DEVELOPMENTS', 'NON_VIOLENT_TRANSFER_OF_TERRITORY', 15, NULL, NULL, NULL, NULL,
     'UN peacekeepers leave Aguelhok',
     'The Chadian MINUSMA contingent leaves its camp at Aguelhok as the UN mission pulls out of the Kidal region.',
     'The sources do not say who took over the camp.',
     'PUBLISHED', 'demo', 'demo'),
    -- Chronology: 21 & 23 Oct 2023 | Chadian MINUSMA contingent leaves Tessalit (23 Oct) | Tessalit
    (68, '2023-10-23', 'DAY', NULL, 'STRATEGIC_DEVELOPMENTS', 'STRATEGIC_DEVELOPMENTS', 'NON_VIOLENT_TRANSFER_OF_TERRITORY', 14, NULL, NULL, NULL, NULL,
     'UN peacekeepers leave Tessalit',
     'Two days after Aguelhok, the Chadian MINUSMA contingent leaves its camp at Tessalit.',
     'The sources do not say who took over the camp.',
     'PUBLISHED', 'demo', 'demo'),
    -- Chronology: 31 Oct 2023 | MINUSMA leaves Kidal camp (8th of 13 bases); CSP takes over the abandoned camp | Kidal
    (69, '2023-10-31', 'DAY', NULL, 'STRATEGIC_DEVELOPMENTS', 'STRATEGIC_DEVELOPMENTS', 'NON_VIOLENT_TRANSFER_OF_TERRITORY', 11, NULL, NULL, NULL, NULL,
     'MINUSMA leaves Kidal, CSP rebels take the camp',
     'MINUSMA leaves its camp in Kidal, the eighth of its thirteen bases to close, and the CSP rebels move into the abandoned camp.',
     NULL,
     'PUBLISHED', 'demo', 'demo'),
    -- Chronology: 14 Nov 2023 | (reports of several days of fighting before the army took Kidal) | Kidal
    (70, '2023-11-10', 'WEEK', '2023-11-13', 'POLITICAL_VIOLENCE', 'BATTLES', 'ARMED_CLASH', 11, 'NEAR', NULL, NULL, NULL,
     'Army and Wagner fight CSP rebels outside Kidal',
     'The army and Wagner fight CSP Tuareg fighters for several days around Kidal before entering the town.',
     'The reports say the fighting lasted several days before 14 Nov. They give no start date: 10-13 Nov is an approximation, hence week precision.',
     'PUBLISHED', 'demo', 'demo'),
    -- Chronology: 14 Nov 2023 | "Today, our security forces have taken Kidal": Goïta message on ORTM, army statement on X | Kidal
    (71, '2023-11-14', 'DAY', NULL, 'POLITICAL_VIOLENCE', 'BATTLES', 'GOVERNMENT_REGAINS_TERRITORY', 11, NULL, NULL, NULL, NULL,
     'Army takes Kidal, first hold on the town since May 2014',
     'The army, backed by Wagner, takes Kidal from the CSP rebels, who seek an independent Azawad. It is the army''s first hold on the town since it lost it in May 2014. Col. Goïta announces it on state television, and the rebels confirm the army is in the town.',
     'The army also announced the capture in a statement on X. It is not a separate claim here: ORTM and the CSP spokesman are the two sides recorded for this event.',
     'PUBLISHED', 'demo', 'demo'),
    -- Chronology: ~28 Dec 2023 | MINUSMA hands Timbuktu camp to Malian authorities (images on ORTM) | Timbuktu
    (72, '2023-12-28', 'WEEK', NULL, 'STRATEGIC_DEVELOPMENTS', 'STRATEGIC_DEVELOPMENTS', 'NON_VIOLENT_TRANSFER_OF_TERRITORY', 9, NULL, NULL, NULL, NULL,
     'MINUSMA hands its Timbuktu camp to the army',
     'MINUSMA hands over its camp in Timbuktu to the Malian authorities, shortly before the end of its withdrawal.',
     'The day is approximate (about 28 Dec), hence week precision.',
     'PUBLISHED', 'demo', 'demo'),
    -- Chronology: 31 Dec 2023 | Goïta announces a "direct inter-Malian dialogue" | -
    (73, '2023-12-31', 'DAY', NULL, 'STRATEGIC_DEVELOPMENTS', 'STRATEGIC_DEVELOPMENTS', 'OTHER', 1, NULL, NULL, NULL, NULL,
     'Goïta announces a direct inter-Malian dialogue',
     'Col. Assimi Goïta announces a "direct inter-Malian dialogue".',
     NULL,
     'PUBLISHED', 'demo', 'demo'),
    -- Chronology: 31 Dec 2023 | MINUSMA withdrawal deadline | -
    (74, '2023-12-31', 'DAY', NULL, 'STRATEGIC_DEVELOPMENTS', 'STRATEGIC_DEVELOPMENTS', 'CHANGE_TO_GROUP_ACTIVITY', 1, 'REGION', NULL, NULL, NULL,
     'MINUSMA''s withdrawal deadline, the mission ends',
     'The deadline set by the Security Council for MINUSMA''s withdrawal from Mali falls, ending the mission after ten years.',
     'No place in the sources: filed at the capital as a country-level event (location precision REGION).',
     'PUBLISHED', 'demo', 'demo'),
    -- ======================================== 2024
    -- Chronology: 25 Jan 2024 | Junta ends the Algiers accord "with immediate effect" | Bamako
    (75, '2024-01-25', 'DAY', NULL, 'STRATEGIC_DEVELOPMENTS', 'STRATEGIC_DEVELOPMENTS', 'AGREEMENT', 1, NULL, NULL, NULL, NULL,
     'Junta ends the Algiers peace accord',
     'The military government ends the 2015 Algiers accord with the northern movements "with immediate effect", in a statement by Col. Abdoulaye Maïga read on state television.',
     'Coded under Agreement, as the end of one.',
     'PUBLISHED', 'demo', 'demo'),
    -- Chronology: 25-27 Jul 2024 | Battle of Tinzaouaten: CSP ambush of a FAMa/Wagner convoy | Tinzaouaten
    (76, '2024-07-25', 'DAY', '2024-07-27', 'POLITICAL_VIOLENCE', 'BATTLES', 'ARMED_CLASH', 19, 'NEAR', 22, 70, 131,
     'CSP rebels ambush army and Wagner convoy at Tinzaouatène',
     'Rebels of the CSP-DPA, who fight for an independent Azawad, ambush an army and Wagner convoy on the outskirts of Tinzaouatène near the Algerian border on 25 Jul and claim victory on 27 Jul. The death tolls claimed range from 22 to 131.',
     'Adjudicated: low 22 (the government: 2 soldiers and about 20 rebels), best 70 (The New York Times: at least 46 Wagner and 24 FAMa, the only tally not from a party), high 131 (CSP: 84 Wagner and 47 FAMa). JNIM claims a part in the battle, which the CSP denies, so JNIM is not listed as an actor. The ambush began on 25 Jul at 14:50 GMT.',
     'PUBLISHED', 'demo', 'demo');

-- Who took part, per event. Side A initiated, side B was the other side.
INSERT INTO event_actor (id, event_id, actor_id, side, role) VALUES
    -- 1: MNLA opens the Tuareg rebellion at Ménaka
    (1,    1,   8,   'A',  'PRIMARY'),     -- MNLA
    (2,    1,   1,   'B',  'PRIMARY'),     -- FAMa
    -- 2: MNLA attacks the army at Aguelhok
    (3,    2,   8,   'A',  'PRIMARY'),     -- MNLA
    (4,    2,   1,   'B',  'PRIMARY'),     -- FAMa
    -- 3: MNLA attacks the army at Tessalit
    (5,    3,   8,   'A',  'PRIMARY'),     -- MNLA
    (6,    3,   1,   'B',  'PRIMARY'),     -- FAMa
    -- 4: Soldiers reported executed at Aguelhok
    (7,    4,   8,   'A',  'PRIMARY'),     -- MNLA
    (8,    4,   19,  'A',  'ASSOCIATED'),  -- AQIM
    (9,    4,   1,   'B',  'PRIMARY'),     -- FAMa
    -- 5: Coup ousts President Amadou Toumani Touré
    (10,   5,   4,   'A',  'PRIMARY'),     -- CNRDR
    (11,   5,   2,   'B',  'PRIMARY'),     -- Gov. of Mali
    -- 6: MNLA and Ansar Dine take Kidal
    (12,   6,   8,   'A',  'PRIMARY'),     -- MNLA
    (13,   6,   18,  'A',  'PRIMARY'),     -- Ansar Dine
    (14,   6,   1,   'B',  'PRIMARY'),     -- FAMa
    -- 7: Rebels take Gao
    (15,   7,   8,   'A',  'PRIMARY'),     -- MNLA
    (16,   7,   18,  'A',  'PRIMARY'),     -- Ansar Dine
    (17,   7,   1,   'B',  'PRIMARY'),     -- FAMa
    -- 8: Rebels take Timbuktu
    (18,   8,   8,   'A',  'PRIMARY'),     -- MNLA
    (19,   8,   18,  'A',  'PRIMARY'),     -- Ansar Dine
    (20,   8,   1,   'B',  'PRIMARY'),     -- FAMa
    -- 9: MNLA captures Douentza
    (21,   9,   8,   'A',  'PRIMARY'),     -- MNLA
    -- 10: MNLA calls off its offensive
    (22,   10,  8,   'A',  'PRIMARY'),     -- MNLA
    -- 11: MNLA proclaims the independent state of Azawad
    (23,   11,  8,   'A',  'PRIMARY'),     -- MNLA
    -- 12: MUJAO drives the MNLA out of Gao
    (24,   12,  21,  'A',  'PRIMARY'),     -- MUJAO
    (25,   12,  8,   'B',  'PRIMARY'),     -- MNLA
    -- 13: Jihadists take Konna from the army
    (26,   13,  18,  'A',  'PRIMARY'),     -- Ansar Dine
    (27,   13,  21,  'A',  'ASSOCIATED'),  -- MUJAO
    (28,   13,  19,  'A',  'ASSOCIATED'),  -- AQIM
    (29,   13,  1,   'B',  'PRIMARY'),     -- FAMa
    -- 14: France launches Operation Serval
    (30,   14,  29,  'A',  'PRIMARY'),     -- Serval
    (31,   14,  1,   'A',  'ASSOCIATED'),  -- FAMa
    -- 15: ECOWAS authorises the AFISMA force
    (32,   15,  35,  'A',  'PRIMARY'),     -- ECOWAS
    (33,   15,  28,  'A',  'ASSOCIATED'),  -- AFISMA
    -- 16: French and Malian troops retake Douentza
    (34,   16,  1,   'A',  'PRIMARY'),     -- FAMa
    (35,   16,  29,  'A',  'PRIMARY'),     -- Serval
    -- 17: French and Malian troops retake Gao
    (36,   17,  1,   'A',  'PRIMARY'),     -- FAMa
    (37,   17,  29,  'A',  'PRIMARY'),     -- Serval
    (38,   17,  21,  'B',  'PRIMARY'),     -- MUJAO
    -- 18: French and Malian troops retake Timbuktu
    (39,   18,  1,   'A',  'PRIMARY'),     -- FAMa
    (40,   18,  29,  'A',  'PRIMARY'),     -- Serval
    -- 19: French troops seize Kidal airstrip
    (41,   19,  29,  'A',  'PRIMARY'),     -- Serval
    -- 20: French and African forces retake Tessalit
    (42,   20,  29,  'A',  'PRIMARY'),     -- Serval
    (43,   20,  28,  'A',  'ASSOCIATED'),  -- AFISMA
    -- 21: French and Chadian troops take the Adrar des Ifoghas
    (44,   21,  29,  'A',  'PRIMARY'),     -- Serval
    (45,   21,  31,  'A',  'PRIMARY'),     -- Chad
    -- 22: MAA splinter takes Ber
    (46,   22,  10,  'A',  'PRIMARY'),     -- MAA
    -- 23: UN Security Council creates MINUSMA
    (47,   23,  34,  'A',  'PRIMARY'),     -- UNSC
    (48,   23,  27,  'A',  'ASSOCIATED'),  -- MINUSMA
    -- 24: Ouagadougou preliminary accord
    (49,   24,  2,   'A',  'PRIMARY'),     -- Gov. of Mali
    (50,   24,  8,   'B',  'PRIMARY'),     -- MNLA
    (51,   24,  9,   'B',  'PRIMARY'),     -- HCUA
    -- 25: Army takes Anéfis from the MNLA
    (52,   25,  1,   'A',  'PRIMARY'),     -- FAMa
    (53,   25,  8,   'B',  'PRIMARY'),     -- MNLA
    -- 26: MINUSMA takes over from AFISMA
    (54,   26,  27,  'A',  'PRIMARY'),     -- MINUSMA
    (55,   26,  28,  'A',  'ASSOCIATED'),  -- AFISMA
    -- 27: Fighting in Kidal during Prime Minister Mara's visit
    (56,   27,  8,   'A',  'PRIMARY'),     -- MNLA
    (57,   27,  9,   'A',  'PRIMARY'),     -- HCUA
    (58,   27,  10,  'A',  'PRIMARY'),     -- MAA
    (59,   27,  1,   'B',  'PRIMARY'),     -- FAMa
    -- 28: Army offensive on Kidal fails, rebels take the town
    (60,   28,  8,   'A',  'PRIMARY'),     -- MNLA
    (61,   28,  9,   'A',  'PRIMARY'),     -- HCUA
    (62,   28,  10,  'A',  'PRIMARY'),     -- MAA
    (63,   28,  1,   'B',  'PRIMARY'),     -- FAMa
    -- 29: Army loses Ménaka
    (64,   29,  8,   'A',  'PRIMARY'),     -- MNLA
    (65,   29,  9,   'A',  'PRIMARY'),     -- HCUA
    (66,   29,  10,  'A',  'PRIMARY'),     -- MAA
    (67,   29,  1,   'B',  'PRIMARY'),     -- FAMa
    -- 30: Army loses Andéramboukane
    (68,   30,  8,   'A',  'PRIMARY'),     -- MNLA
    (69,   30,  9,   'A',  'PRIMARY'),     -- HCUA
    (70,   30,  10,  'A',  'PRIMARY'),     -- MAA
    (71,   30,  1,   'B',  'PRIMARY'),     -- FAMa
    -- 31: Army loses Anéfis
    (72,   31,  8,   'A',  'PRIMARY'),     -- MNLA
    (73,   31,  9,   'A',  'PRIMARY'),     -- HCUA
    (74,   31,  10,  'A',  'PRIMARY'),     -- MAA
    (75,   31,  1,   'B',  'PRIMARY'),     -- FAMa
    -- 32: Ceasefire agreed in Kidal
    (76,   32,  2,   'A',  'PRIMARY'),     -- Gov. of Mali
    (77,   32,  8,   'B',  'PRIMARY'),     -- MNLA
    (78,   32,  9,   'B',  'PRIMARY'),     -- HCUA
    (79,   32,  10,  'B',  'PRIMARY'),     -- MAA
    -- 33: Operation Barkhane replaces Serval
    (80,   33,  30,  'A',  'PRIMARY'),     -- Barkhane
    (81,   33,  29,  'A',  'ASSOCIATED'),  -- Serval
    -- 34: Car bomb at the MINUSMA camp in Ber
    (82,   34,  19,  'A',  'PRIMARY'),     -- AQIM
    (83,   34,  27,  'B',  'PRIMARY'),     -- MINUSMA
    -- 35: Azawad movements form the CMA
    (84,   35,  12,  'A',  'PRIMARY'),     -- CMA
    (85,   35,  8,   'A',  'ASSOCIATED'),  -- MNLA
    (86,   35,  9,   'A',  'ASSOCIATED'),  -- HCUA
    (87,   35,  10,  'A',  'ASSOCIATED'),  -- MAA
    -- 36: Government and Platform accept the Algiers agreement
    (88,   36,  2,   'A',  'PRIMARY'),     -- Gov. of Mali
    (89,   36,  16,  'A',  'PRIMARY'),     -- Platform
    -- 37: Pro-government GATIA and MAA take Ménaka from the CMA
    (90,   37,  17,  'A',  'PRIMARY'),     -- GATIA
    (91,   37,  11,  'A',  'PRIMARY'),     -- MAA-Platform
    (92,   37,  12,  'B',  'PRIMARY'),     -- CMA
    -- 38: ISGS splits from al-Mourabitoun
    (93,   38,  25,  'A',  'PRIMARY'),     -- ISGS
    (94,   38,  23,  'B',  'PRIMARY'),     -- al-Mourabitoun
    -- 39: CMA initials the Algiers agreement
    (95,   39,  12,  'A',  'PRIMARY'),     -- CMA
    -- 40: Algiers accord signed in Bamako by the government and the Platform
    (96,   40,  2,   'A',  'PRIMARY'),     -- Gov. of Mali
    (97,   40,  16,  'A',  'PRIMARY'),     -- Platform
    -- 41: CMA signs the Algiers accord
    (98,   41,  12,  'A',  'PRIMARY'),     -- CMA
    (99,   41,  2,   'B',  'PRIMARY'),     -- Gov. of Mali
    -- 42: Pro-government militias seize Anéfis
    (100,  42,  17,  'A',  'PRIMARY'),     -- GATIA
    (101,  42,  16,  'A',  'ASSOCIATED'),  -- Platform
    (102,  42,  12,  'B',  'PRIMARY'),     -- CMA
    -- 43: CMA retakes Anéfis without a fight
    (103,  43,  12,  'A',  'PRIMARY'),     -- CMA
    (104,  43,  17,  'B',  'PRIMARY'),     -- GATIA
    (105,  43,  16,  'B',  'ASSOCIATED'),  -- Platform
    -- 44: Jihadist groups merge into JNIM
    (106,  44,  24,  'A',  'PRIMARY'),     -- JNIM
    (107,  44,  20,  'A',  'ASSOCIATED'),  -- AQIM Sahara
    (108,  44,  18,  'A',  'ASSOCIATED'),  -- Ansar Dine
    (109,  44,  22,  'A',  'ASSOCIATED'),  -- Katiba Macina
    (110,  44,  23,  'A',  'ASSOCIATED'),  -- al-Mourabitoun
    -- 45: Mutiny at Kati
    (111,  45,  3,   'A',  'PRIMARY'),     -- CNSP
    -- 46: Coup ousts President Ibrahim Boubacar Keïta
    (112,  46,  3,   'A',  'PRIMARY'),     -- CNSP
    (113,  46,  2,   'B',  'PRIMARY'),     -- Gov. of Mali
    -- 47: Soldiers detain the transitional President and Prime Minister
    (114,  47,  1,   'A',  'PRIMARY'),     -- FAMa
    (115,  47,  2,   'B',  'PRIMARY'),     -- Gov. of Mali
    -- 48: Second coup leaves Col. Assimi Goïta in power
    (116,  48,  1,   'A',  'PRIMARY'),     -- FAMa
    (117,  48,  2,   'B',  'PRIMARY'),     -- Gov. of Mali
    -- 49: Wagner Group deploys in Mali
    (118,  49,  5,   'A',  'PRIMARY'),     -- Wagner
    (119,  49,  7,   'A',  'ASSOCIATED'),  -- Russia
    (120,  49,  2,   'A',  'ASSOCIATED'),  -- Gov. of Mali
    -- 50: France orders Barkhane out of Mali
    (121,  50,  36,  'A',  'PRIMARY'),     -- France
    (122,  50,  30,  'A',  'ASSOCIATED'),  -- Barkhane
    -- 51: JNIM and ISSP fight for the Ménaka region
    (123,  51,  26,  'A',  'PRIMARY'),     -- ISSP
    (124,  51,  24,  'B',  'PRIMARY'),     -- JNIM
    -- 52: Attack on the army at Tessit kills 42 soldiers
    (125,  52,  33,  'A',  'PRIMARY'),     -- Unidentified
    (126,  52,  1,   'B',  'PRIMARY'),     -- FAMa
    -- 53: Barkhane hands its Gao base to the Malian army
    (127,  53,  30,  'A',  'PRIMARY'),     -- Barkhane
    (128,  53,  1,   'B',  'PRIMARY'),     -- FAMa
    -- 54: Last French troops leave Mali for Niger
    (129,  54,  30,  'A',  'PRIMARY'),     -- Barkhane
    -- 55: JNIM leaves its last major settlement in the Ménaka region
    (130,  55,  24,  'A',  'PRIMARY'),     -- JNIM
    (131,  55,  26,  'B',  'PRIMARY'),     -- ISSP
    -- 56: UN Security Council ends MINUSMA's mandate
    (132,  56,  34,  'A',  'PRIMARY'),     -- UNSC
    (133,  56,  27,  'A',  'ASSOCIATED'),  -- MINUSMA
    -- 57: MINUSMA closes its Ogossagou base
    (134,  57,  27,  'A',  'PRIMARY'),     -- MINUSMA
    -- 58: Clashes around Ber as the army moves to take over the UN camp
    (135,  58,  12,  'A',  'PRIMARY'),     -- CMA
    (136,  58,  1,   'B',  'PRIMARY'),     -- FAMa
    (137,  58,  5,   'B',  'ASSOCIATED'),  -- Wagner
    -- 59: MINUSMA leaves Ber early
    (138,  59,  27,  'A',  'PRIMARY'),     -- MINUSMA
    (139,  59,  1,   'B',  'PRIMARY'),     -- FAMa
    -- 60: Departing UN convoy attacked twice near Ber
    (140,  60,  33,  'A',  'PRIMARY'),     -- Unidentified
    (141,  60,  27,  'B',  'PRIMARY'),     -- MINUSMA
    -- 61: Army takes over the Ber camp, CMA disputes it
    (142,  61,  1,   'A',  'PRIMARY'),     -- FAMa
    (143,  61,  5,   'A',  'ASSOCIATED'),  -- Wagner
    (144,  61,  12,  'B',  'PRIMARY'),     -- CMA
    -- 62: CSP rebels assault the army camp at Bourem
    (145,  62,  13,  'A',  'PRIMARY'),     -- CSP-PSD
    (146,  62,  12,  'A',  'ASSOCIATED'),  -- CMA
    (147,  62,  1,   'B',  'PRIMARY'),     -- FAMa
    -- 63: CSP rebels take the army camp at Léré
    (148,  63,  13,  'A',  'PRIMARY'),     -- CSP-PSD
    (149,  63,  1,   'B',  'PRIMARY'),     -- FAMa
    -- 64: CSP fighters withdraw from Léré
    (150,  64,  13,  'A',  'PRIMARY'),     -- CSP-PSD
    (151,  64,  1,   'B',  'PRIMARY'),     -- FAMa
    -- 65: Army convoy sets out from Gao towards Kidal
    (152,  65,  1,   'A',  'PRIMARY'),     -- FAMa
    (153,  65,  5,   'A',  'ASSOCIATED'),  -- Wagner
    -- 66: Army takes Anéfis on the road to Kidal
    (154,  66,  1,   'A',  'PRIMARY'),     -- FAMa
    (155,  66,  5,   'A',  'ASSOCIATED'),  -- Wagner
    (156,  66,  13,  'B',  'PRIMARY'),     -- CSP-PSD
    -- 67: UN peacekeepers leave Aguelhok
    (157,  67,  27,  'A',  'PRIMARY'),     -- MINUSMA
    (158,  67,  31,  'A',  'ASSOCIATED'),  -- Chad
    -- 68: UN peacekeepers leave Tessalit
    (159,  68,  27,  'A',  'PRIMARY'),     -- MINUSMA
    (160,  68,  31,  'A',  'ASSOCIATED'),  -- Chad
    -- 69: MINUSMA leaves Kidal, CSP rebels take the camp
    (161,  69,  27,  'A',  'PRIMARY'),     -- MINUSMA
    (162,  69,  13,  'B',  'PRIMARY'),     -- CSP-PSD
    -- 70: Army and Wagner fight CSP rebels outside Kidal
    (163,  70,  1,   'A',  'PRIMARY'),     -- FAMa
    (164,  70,  5,   'A',  'ASSOCIATED'),  -- Wagner
    (165,  70,  13,  'B',  'PRIMARY'),     -- CSP-PSD
    -- 71: Army takes Kidal, first hold on the town since May 2014
    (166,  71,  1,   'A',  'PRIMARY'),     -- FAMa
    (167,  71,  5,   'A',  'ASSOCIATED'),  -- Wagner
    (168,  71,  13,  'B',  'PRIMARY'),     -- CSP-PSD
    -- 72: MINUSMA hands its Timbuktu camp to the army
    (169,  72,  27,  'A',  'PRIMARY'),     -- MINUSMA
    (170,  72,  1,   'B',  'PRIMARY'),     -- FAMa
    -- 73: Goïta announces a direct inter-Malian dialogue
    (171,  73,  2,   'A',  'PRIMARY'),     -- Gov. of Mali
    -- 74: MINUSMA's withdrawal deadline, the mission ends
    (172,  74,  27,  'A',  'PRIMARY'),     -- MINUSMA
    -- 75: Junta ends the Algiers peace accord
    (173,  75,  2,   'A',  'PRIMARY'),     -- Gov. of Mali
    (174,  75,  13,  'B',  'PRIMARY'),     -- CSP-PSD
    -- 76: CSP rebels ambush army and Wagner convoy at Tinzaouatène
    (175,  76,  14,  'A',  'PRIMARY'),     -- CSP-DPA
    (176,  76,  1,   'B',  'PRIMARY'),     -- FAMa
    (177,  76,  5,   'B',  'PRIMARY');     -- Wagner
