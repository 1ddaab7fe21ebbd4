-- Standard capabilities get ids derived from (organisation, code) instead of
-- random ones: re-seeding or re-creating an organisation with the same id then
-- yields the same capability ids, so global GraphQL ids stay valid and the
-- seed is reproducible row for row.

CREATE OR REPLACE FUNCTION cw_insert_standard_capabilities() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO capabilities (id, org_id, code, names, is_standard)
  SELECT md5(NEW.id::text || ':' || c.code)::uuid, NEW.id, c.code, c.names::jsonb, true
  FROM (VALUES
    ('DELEGATION', '{"en":"Delegation","de":"Delegieren","fr":"Délégation","es":"Delegación","ja":"権限委譲","ar":"التفويض"}'),
    ('FEEDBACK', '{"en":"Feedback","de":"Feedback","fr":"Feedback","es":"Retroalimentación","ja":"フィードバック","ar":"التغذية الراجعة"}'),
    ('DECISION_MAKING', '{"en":"Decision making","de":"Entscheidungsfindung","fr":"Prise de décision","es":"Toma de decisiones","ja":"意思決定","ar":"اتخاذ القرار"}'),
    ('DIFFICULT_CONVERSATIONS', '{"en":"Difficult conversations","de":"Schwierige Gespräche","fr":"Conversations difficiles","es":"Conversaciones difíciles","ja":"難しい対話","ar":"المحادثات الصعبة"}'),
    ('REMOTE_TRUST', '{"en":"Building trust remotely","de":"Vertrauen auf Distanz","fr":"Confiance à distance","es":"Confianza a distancia","ja":"リモートでの信頼構築","ar":"بناء الثقة عن بُعد"}'),
    ('PRIORITISATION', '{"en":"Prioritisation","de":"Priorisierung","fr":"Priorisation","es":"Priorización","ja":"優先順位付け","ar":"تحديد الأولويات"}'),
    ('COACHING_OTHERS', '{"en":"Coaching others","de":"Andere coachen","fr":"Coacher les autres","es":"Coaching a otros","ja":"部下のコーチング","ar":"تدريب الآخرين"}'),
    ('CHANGE_LEADERSHIP', '{"en":"Leading change","de":"Veränderung führen","fr":"Conduite du changement","es":"Liderar el cambio","ja":"変革のリーダーシップ","ar":"قيادة التغيير"}'),
    ('WELLBEING', '{"en":"Wellbeing and resilience","de":"Wohlbefinden und Resilienz","fr":"Bien-être et résilience","es":"Bienestar y resiliencia","ja":"ウェルビーイングとレジリエンス","ar":"الرفاهية والمرونة"}'),
    ('SUCCESSION_READINESS', '{"en":"Succession readiness","de":"Nachfolgebereitschaft","fr":"Préparation à la succession","es":"Preparación para la sucesión","ja":"後継者準備","ar":"الجاهزية للتعاقب"}')
  ) AS c(code, names);
  RETURN NEW;
END
$$;
