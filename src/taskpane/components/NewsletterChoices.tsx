/** The newsletter's period, language, edition and sections, and the draft they give: the same in Word and in Excel. */
import { useMemo, useState } from "react";
import { Checkbox, Dropdown, Field, Input, Option, Radio, RadioGroup, Textarea } from "@fluentui/react-components";
import {
  draftNewsletter,
  Edition,
  LANGUAGE_NAMES,
  EDITIONS,
  INTERNAL_SECTIONS,
  NewsLanguage,
  SECTIONS,
  SectionId,
} from "../../core/campaigns";
import type { SalesData } from "../../core/workbook";
import { lastCompleteMonth } from "../../core/kernel";
import { useI18n, MessageKey } from "../i18n";
import { useToday } from "../state/today";
import { useOwnWords } from "../state/ownWords";

/** Period, language, sections and her own words, and the draft they give. */
export function useDraftChoices(data: SalesData | undefined) {
  const { language: ui } = useI18n();
  const today = useToday();
  const [period, setPeriod] = useState(() => lastCompleteMonth(today));
  const [language, setLanguage] = useState<NewsLanguage>(ui);
  const [sections, setSections] = useState<SectionId[]>([...SECTIONS]);
  const [edition, setEdition] = useState<Edition>("client");
  const [own, setOwn] = useOwnWords(edition, language);
  const draft = useMemo(
    () => (data ? draftNewsletter(data, period.trim().toUpperCase(), language, sections, edition, own) : undefined),
    [data, period, language, sections, edition, own],
  );
  return { period, setPeriod, language, setLanguage, sections, setSections, edition, setEdition, own, setOwn, draft };
}

export function DraftChoices({ choices }: { choices: ReturnType<typeof useDraftChoices> }) {
  const { t, tell } = useI18n();
  const { period, setPeriod, language, setLanguage, sections, setSections, edition, setEdition, own, setOwn, draft } =
    choices;
  return (
    <>
      <Field label={t("news.edition")} hint={t(edition === "client" ? "news.clientHint" : "news.internalHint")}>
        <RadioGroup layout="horizontal" value={edition} onChange={(_, d) => setEdition(d.value as Edition)}>
          {EDITIONS.map((e) => (
            <Radio key={e} value={e} label={t(`news.edition.${e}` as MessageKey)} />
          ))}
        </RadioGroup>
      </Field>
      <Field
        label={t("news.period")}
        hint={t("news.periodHint")}
        validationMessage={draft && !draft.ok ? tell(draft.error) : undefined}
      >
        <Input value={period} onChange={(_, d) => setPeriod(d.value)} />
      </Field>
      <Field label={t("news.language")}>
        <Dropdown
          value={LANGUAGE_NAMES[language]}
          selectedOptions={[language]}
          onOptionSelect={(_, d) => setLanguage(d.optionValue as NewsLanguage)}
        >
          {(Object.keys(LANGUAGE_NAMES) as NewsLanguage[]).map((l) => (
            <Option key={l} value={l}>
              {LANGUAGE_NAMES[l]}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <fieldset style={{ border: "none", margin: 0, padding: 0 }}>
        <legend>{t("news.sections")}</legend>
        {SECTIONS.filter((s) => edition === "internal" || !INTERNAL_SECTIONS.includes(s)).map((s) => (
          <Checkbox
            key={s}
            label={t(`news.section.${s}` as MessageKey)}
            checked={sections.includes(s)}
            onChange={(_, d) =>
              setSections(
                d.checked ? SECTIONS.filter((x) => x === s || sections.includes(x)) : sections.filter((x) => x !== s),
              )
            }
          />
        ))}
      </fieldset>
      {(["intro", "closing"] as const)
        .filter((id) => sections.includes(id))
        .map((id) => (
          <Field
            key={id}
            label={t(`news.own.${id}`, { language: LANGUAGE_NAMES[language] })}
            hint={t("news.ownHint")}
            validationState={draft?.ok && draft.value.unwritten.includes(id) ? "warning" : "none"}
            validationMessage={draft?.ok && draft.value.unwritten.includes(id) ? t("news.unwritten") : undefined}
          >
            <Textarea
              resize="vertical"
              rows={3}
              value={own[id] ?? ""}
              onChange={(_, d) => setOwn({ ...own, [id]: d.value })}
            />
          </Field>
        ))}
    </>
  );
}
