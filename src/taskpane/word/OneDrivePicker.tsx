/**
 * Word: the workbook from the admin's OneDrive or SharePoint (signed in to Microsoft 365), found by
 * name and read whole, instead of a file picked from the disk.
 */
import { useState } from "react";
import { Button, Field, Input, Option, Listbox } from "@fluentui/react-components";
import { CloudArrowDownRegular, SearchRegular } from "@fluentui/react-icons";
import type { DriveWorkbook } from "../../m365/onedrive";
import { useI18n } from "../i18n";
import { SignInButton, useMicrosoft365 } from "../microsoft365";
import { usePageStyles } from "../components/TaskPage";

export function OneDrivePicker({
  onOpen,
  onError,
}: {
  onOpen: (name: string, bytes: Uint8Array) => void;
  onError: (message: string) => void;
}) {
  const { t, tell } = useI18n();
  const styles = usePageStyles();
  const { graph, available } = useMicrosoft365();
  const [text, setText] = useState("");
  const [found, setFound] = useState<DriveWorkbook[]>();
  const [chosen, setChosen] = useState<string>();
  if (!available) return null;
  if (!graph) return <SignInButton onError={onError} />;
  const search = async () => {
    try {
      const { findWorkbooks } = await import("../../m365/onedrive");
      setFound(await findWorkbooks(graph, text.trim()));
    } catch (error) {
      onError(tell.error(error));
    }
  };
  const open = async () => {
    const file = found?.find((f) => f.id === chosen);
    if (!file) return;
    try {
      const { readDriveFile } = await import("../../m365/onedrive");
      onOpen(file.name, await readDriveFile(graph, file.id));
    } catch (error) {
      onError(tell.error(error));
    }
  };
  return (
    <div className={styles.page}>
      <Field label={t("onedrive.search")}>
        <Input
          contentAfter={<SearchRegular />}
          value={text}
          onChange={(_, d) => setText(d.value)}
          onKeyDown={(e) => e.key === "Enter" && void search()}
        />
      </Field>
      <Button icon={<SearchRegular />} onClick={() => void search()}>
        {t("onedrive.find")}
      </Button>
      {found && (
        <Listbox
          aria-label={t("onedrive.found", { n: found.length })}
          selectedOptions={chosen ? [chosen] : []}
          onOptionSelect={(_, d) => setChosen(d.optionValue)}
        >
          {found.map((f) => (
            <Option key={f.id} value={f.id}>
              {f.name}
            </Option>
          ))}
        </Listbox>
      )}
      <Button icon={<CloudArrowDownRegular />} disabled={!chosen} onClick={() => void open()}>
        {t("onedrive.open")}
      </Button>
    </div>
  );
}
