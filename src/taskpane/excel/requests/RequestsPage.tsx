/**
 * Requests tab: reception (a call or a visitor logged in three fields) and the queue of open requests
 * and complaints as the admin works it — overdue first, then P1 → P4, then by due date — each taken by
 * an owner or resolved, every change checked against what was read.
 */
import type { SectionProps } from "../../components/SectionProps";
import { useMemo, useState } from "react";
import {
  Badge,
  Body1,
  Button,
  Caption1,
  Dropdown,
  Field,
  Input,
  makeStyles,
  Option,
  Radio,
  RadioGroup,
  Subtitle2,
  Textarea,
} from "@fluentui/react-components";
import {
  CallRegular,
  CheckmarkCircleRegular,
  CopyRegular,
  MailRegular,
  PersonArrowRightRegular,
} from "@fluentui/react-icons";
import {
  replyTo,
  isOverdue,
  PRIORITY_ORDER,
  requestQueue,
  type Priority,
  type Ticket,
  logRequest,
  resolveRequest,
  takeRequest,
  triageRequest,
  type Reception,
} from "../../../core/support";
import { type UpdateResult, teamIndex } from "../../../core/workbook";
import { formatDmy } from "../../../core/kernel";
import { MessageKey, useI18n } from "../../i18n";
import { usePort } from "../../state/port";
import { useToday } from "../../state/today";
import { useWrite } from "../../state/useWrite";
import { usePageStyles } from "../../components/TaskPage";
import { TablePage } from "../../components/TablePage";
import { ClientPicker } from "../../components/ClientPicker";
import { ClientCard } from "../../components/ClientCard";
import { useNavigate } from "../../state/navigation";

const useStyles = makeStyles({ badges: { display: "flex", gap: "4px", flexWrap: "wrap" } });

export function RequestsPage() {
  // the client whose call was just logged: their card opens under the form, kept while the queue is read again
  const [caller, setCaller] = useState<string>();
  const navigate = useNavigate();
  const { t } = useI18n();
  return (
    <TablePage id="requests" table="Requests">
      {(data, onDone) => {
        const client = data.clients.find((c) => c.ClientID === caller);
        return (
          <>
            <ReceptionForm data={data} onDone={onDone} onLogged={setCaller} />
            {client && (
              <ClientCard
                client={client}
                data={data}
                editLabel={t("requests.openClient")}
                onEdit={() => navigate("clients", { clientId: client.ClientID })}
              />
            )}
            <Queue data={data} onDone={onDone} />
          </>
        );
      }}
    </TablePage>
  );
}

/** A call or a visitor in three fields: who, what, how urgent. */
function ReceptionForm({
  data,
  onDone,
  onLogged,
}: SectionProps & { onLogged: (clientId: string | undefined) => void }) {
  const { t } = useI18n();
  const styles = usePageStyles();
  const port = usePort();
  const today = useToday();
  const [clientId, setClientId] = useState("");
  const [channel, setChannel] = useState<Reception["channel"]>("Phone");
  const [subject, setSubject] = useState("");
  const [urgency, setUrgency] = useState<Reception["urgency"]>("Medium");
  const [kind, setKind] = useState<Reception["kind"]>("Request");
  const { busy, write } = useWrite(onDone);
  const log = () => {
    const owner = data.clients.find((c) => c.ClientID === clientId)?.Exec ?? null;
    write(
      logRequest(
        port,
        { clientId: clientId || null, channel, kind, subject: subject.trim(), urgency, owner, received: today },
        data.settings,
      ),
      (ticket) => {
        setSubject("");
        onLogged(clientId || undefined);
        return { intent: "success", text: t("requests.logged", { ticket }) };
      },
    );
  };
  return (
    <form className={styles.card} aria-labelledby="reception-title" onSubmit={(e) => e.preventDefault()}>
      <Subtitle2 as="h3" id="reception-title">
        {t("requests.reception")}
      </Subtitle2>
      <ClientPicker
        clients={data.clients}
        label={t("requests.who")}
        hint={t("requests.whoHint")}
        onSelect={setClientId}
      />
      <RadioGroup
        layout="horizontal"
        value={channel}
        onChange={(_, d) => setChannel(d.value as Reception["channel"])}
        aria-label={t("requests.channel")}
      >
        <Radio value="Phone" label={t("requests.channel.Phone")} />
        <Radio value="Visit" label={t("requests.channel.Visit")} />
      </RadioGroup>
      <Field label={t("requests.what")}>
        <Input value={subject} onChange={(_, d) => setSubject(d.value)} />
      </Field>
      <div className={styles.actions}>
        <Field label={t("requests.kind")}>
          <Dropdown
            value={t(`requests.kind.${kind}`)}
            selectedOptions={[kind]}
            onOptionSelect={(_, d) => setKind(d.optionValue as Reception["kind"])}
          >
            {(["Request", "Complaint", "Question"] as const).map((k) => (
              <Option key={k} value={k}>
                {t(`requests.kind.${k}`)}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label={t("requests.urgency")}>
          <Dropdown
            value={t(`requests.level.${urgency}`)}
            selectedOptions={[urgency]}
            onOptionSelect={(_, d) => setUrgency(d.optionValue as Reception["urgency"])}
          >
            {(["High", "Medium", "Low"] as const).map((l) => (
              <Option key={l} value={l}>
                {t(`requests.level.${l}`)}
              </Option>
            ))}
          </Dropdown>
        </Field>
      </div>
      <Button appearance="primary" icon={<CallRegular />} disabled={busy || subject.trim() === ""} onClick={log}>
        {t("requests.log")}
      </Button>
    </form>
  );
}

function Queue({ data, onDone }: SectionProps) {
  const { t } = useI18n();
  const styles = usePageStyles();
  const today = useToday();
  const { queue, overdue } = useMemo(() => requestQueue(data.requests, data.settings, today), [data, today]);
  return (
    <section aria-label={t("requests.queue", { n: queue.length })} className={styles.page}>
      <Subtitle2 as="h3">{t("requests.queue", { n: queue.length })}</Subtitle2>
      <Body1>{t("requests.overdue", { n: overdue })}</Body1>
      {queue.map((ticket) => (
        <TicketCard key={ticket.ticketId} ticket={ticket} data={data} onDone={onDone} />
      ))}
    </section>
  );
}

function TicketCard({ ticket, data, onDone }: SectionProps & { ticket: Ticket }) {
  const { t } = useI18n();
  const styles = usePageStyles();
  const classes = useStyles();
  const port = usePort();
  const today = useToday();
  const team = useMemo(() => teamIndex(data.team), [data]);
  const [owner, setOwner] = useState(ticket.owner ? team.resolve(ticket.owner) : "");
  const [priority, setPriority] = useState<Priority>(ticket.priority);
  const [replying, setReplying] = useState(false);
  const [copied, setCopied] = useState(false);
  const reply = replying
    ? replyTo(
        ticket,
        data.clients.find((c) => c.ClientID === ticket.clientId),
        data.settings.company.name,
      ).text
    : "";
  const client = ticket.clientId
    ? (data.clients.find((c) => c.ClientID === ticket.clientId)?.Name ?? ticket.clientId)
    : t("requests.noClient");
  const { busy, write: writing } = useWrite(onDone);
  const write = (change: Promise<UpdateResult>, done: MessageKey) =>
    writing(change, (r) =>
      r.ok
        ? { intent: "success", text: t(done, { ticket: ticket.ticketId }) }
        : { intent: "warning", text: t("common.changed", { ticket: ticket.ticketId }) },
    );
  return (
    <article className={styles.card} aria-label={`${ticket.ticketId} · ${ticket.subject}`}>
      <div className={classes.badges}>
        <Badge
          appearance="tint"
          color={ticket.priority === "P1" ? "danger" : ticket.priority === "P2" ? "warning" : "informative"}
        >
          {ticket.priority}
        </Badge>
        {isOverdue(ticket, today) && (
          <Badge appearance="filled" color="danger">
            {t("requests.isOverdue")}
          </Badge>
        )}
        {ticket.kind === "Complaint" && (
          <Badge appearance="outline" color="danger">
            {t("requests.kind.Complaint")}
          </Badge>
        )}
      </div>
      <Body1>
        <strong>{ticket.ticketId}</strong> · {ticket.subject}
      </Body1>
      <Caption1>
        {client} · {t("requests.received", { date: formatDmy(ticket.received) })} ·{" "}
        {t("requests.due", { date: formatDmy(ticket.dueBy) })} · {t(`requests.status.${ticket.status}` as MessageKey)}
      </Caption1>
      <div className={styles.actions}>
        <Field label={t("requests.priority")}>
          <Dropdown
            value={priority}
            selectedOptions={[priority]}
            onOptionSelect={(_, d) => setPriority(d.optionValue as Priority)}
          >
            {PRIORITY_ORDER.map((p) => (
              <Option key={p} value={p}>
                {p}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Button
          size="small"
          disabled={busy || priority === ticket.priority}
          onClick={() => write(triageRequest(port, ticket, priority, data.settings, data.date1904), "requests.triaged")}
        >
          {t("requests.triage")}
        </Button>
      </div>
      <div className={styles.actions}>
        <Field label={t("requests.owner")}>
          <Dropdown
            value={owner ? team.name(owner) : ""}
            selectedOptions={[owner]}
            onOptionSelect={(_, d) => setOwner(d.optionValue ?? "")}
          >
            {team.ids.map((id) => (
              <Option key={id} value={id}>
                {team.name(id)}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Button
          size="small"
          icon={<PersonArrowRightRegular />}
          disabled={busy || owner === ""}
          onClick={() => write(takeRequest(port, ticket, owner), "requests.taken")}
        >
          {t("requests.take")}
        </Button>
        <Button
          size="small"
          appearance="primary"
          icon={<CheckmarkCircleRegular />}
          disabled={busy}
          onClick={() => write(resolveRequest(port, ticket, today), "requests.resolved")}
        >
          {t("requests.resolve")}
        </Button>
        <Button size="small" icon={<MailRegular />} onClick={() => setReplying(!replying)}>
          {t("requests.reply")}
        </Button>
      </div>
      {replying && (
        <>
          <Textarea
            readOnly
            resize="vertical"
            rows={10}
            aria-label={t("requests.replyTo", { ticket: ticket.ticketId })}
            value={reply}
          />
          <div className={styles.actions}>
            <Button
              size="small"
              icon={<CopyRegular />}
              onClick={() =>
                navigator.clipboard.writeText(reply).then(
                  () => setCopied(true),
                  () => setCopied(false),
                )
              }
            >
              {copied ? t("requests.copied") : t("requests.copy")}
            </Button>
          </div>
        </>
      )}
    </article>
  );
}
