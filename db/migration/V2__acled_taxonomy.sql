-- ACLED's event taxonomy (codebook 2023): 3 disorder types, 6 event types, 25 sub-event types.
INSERT INTO disorder_type (code, name, name_fr) VALUES
    ('POLITICAL_VIOLENCE', 'Political violence', 'Violence politique'),
    ('DEMONSTRATIONS', 'Demonstrations', 'Manifestations'),
    ('STRATEGIC_DEVELOPMENTS', 'Strategic developments', 'Développements stratégiques'),
    ('POLITICAL_VIOLENCE_DEMONSTRATIONS', 'Political violence; Demonstrations', 'Violence politique ; manifestations');

INSERT INTO event_type (code, name, name_fr, disorder_type_code, position) VALUES
    ('BATTLES', 'Battles', 'Batailles', 'POLITICAL_VIOLENCE', 1),
    ('VIOLENCE_AGAINST_CIVILIANS', 'Violence against civilians', 'Violence contre les civils', 'POLITICAL_VIOLENCE', 2),
    ('EXPLOSIONS_REMOTE_VIOLENCE', 'Explosions/Remote violence', 'Explosions/violence à distance', 'POLITICAL_VIOLENCE', 3),
    ('RIOTS', 'Riots', 'Émeutes', 'POLITICAL_VIOLENCE', 4),
    ('PROTESTS', 'Protests', 'Manifestations', 'DEMONSTRATIONS', 5),
    ('STRATEGIC_DEVELOPMENTS', 'Strategic developments', 'Développements stratégiques', 'STRATEGIC_DEVELOPMENTS', 6);

INSERT INTO sub_event_type (code, event_type_code, name, name_fr, position) VALUES
    ('ARMED_CLASH', 'BATTLES', 'Armed clash', 'Affrontement armé', 1),
    ('GOVERNMENT_REGAINS_TERRITORY', 'BATTLES', 'Government regains territory', 'Le gouvernement reprend du territoire', 2),
    ('NON_STATE_ACTOR_OVERTAKES_TERRITORY', 'BATTLES', 'Non-state actor overtakes territory', 'Un acteur non étatique prend du territoire', 3),
    ('SEXUAL_VIOLENCE', 'VIOLENCE_AGAINST_CIVILIANS', 'Sexual violence', 'Violence sexuelle', 4),
    ('ATTACK', 'VIOLENCE_AGAINST_CIVILIANS', 'Attack', 'Attaque', 5),
    ('ABDUCTION_FORCED_DISAPPEARANCE', 'VIOLENCE_AGAINST_CIVILIANS', 'Abduction/forced disappearance', 'Enlèvement/disparition forcée', 6),
    ('CHEMICAL_WEAPON', 'EXPLOSIONS_REMOTE_VIOLENCE', 'Chemical weapon', 'Arme chimique', 7),
    ('AIR_DRONE_STRIKE', 'EXPLOSIONS_REMOTE_VIOLENCE', 'Air/drone strike', 'Frappe aérienne/de drone', 8),
    ('SUICIDE_BOMB', 'EXPLOSIONS_REMOTE_VIOLENCE', 'Suicide bomb', 'Attentat-suicide', 9),
    ('SHELLING_ARTILLERY_MISSILE_ATTACK', 'EXPLOSIONS_REMOTE_VIOLENCE', 'Shelling/artillery/missile attack', 'Bombardement/artillerie/missile', 10),
    ('REMOTE_EXPLOSIVE_LANDMINE_IED', 'EXPLOSIONS_REMOTE_VIOLENCE', 'Remote explosive/landmine/IED', 'Explosif à distance/mine/EEI', 11),
    ('GRENADE', 'EXPLOSIONS_REMOTE_VIOLENCE', 'Grenade', 'Grenade', 12),
    ('VIOLENT_DEMONSTRATION', 'RIOTS', 'Violent demonstration', 'Manifestation violente', 13),
    ('MOB_VIOLENCE', 'RIOTS', 'Mob violence', 'Violence de foule', 14),
    ('PEACEFUL_PROTEST', 'PROTESTS', 'Peaceful protest', 'Manifestation pacifique', 15),
    ('PROTEST_WITH_INTERVENTION', 'PROTESTS', 'Protest with intervention', 'Manifestation avec intervention', 16),
    ('EXCESSIVE_FORCE_AGAINST_PROTESTERS', 'PROTESTS', 'Excessive force against protesters', 'Force excessive contre des manifestants', 17),
    ('AGREEMENT', 'STRATEGIC_DEVELOPMENTS', 'Agreement', 'Accord', 18),
    ('ARRESTS', 'STRATEGIC_DEVELOPMENTS', 'Arrests', 'Arrestations', 19),
    ('CHANGE_TO_GROUP_ACTIVITY', 'STRATEGIC_DEVELOPMENTS', 'Change to group/activity', 'Changement de groupe/d''activité', 20),
    ('DISRUPTED_WEAPONS_USE', 'STRATEGIC_DEVELOPMENTS', 'Disrupted weapons use', 'Usage d''armes déjoué', 21),
    ('HEADQUARTERS_OR_BASE_ESTABLISHED', 'STRATEGIC_DEVELOPMENTS', 'Headquarters or base established', 'Quartier général ou base établi', 22),
    ('LOOTING_PROPERTY_DESTRUCTION', 'STRATEGIC_DEVELOPMENTS', 'Looting/property destruction', 'Pillage/destruction de biens', 23),
    ('NON_VIOLENT_TRANSFER_OF_TERRITORY', 'STRATEGIC_DEVELOPMENTS', 'Non-violent transfer of territory', 'Transfert non violent de territoire', 24),
    ('OTHER', 'STRATEGIC_DEVELOPMENTS', 'Other', 'Autre', 25);
