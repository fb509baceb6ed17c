import { PlinthApiError, type Schemas, serviceLifecycleValues, serviceTypeValues } from "@plinth/client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { Link, useLocation } from "wouter";
import { api } from "../api";
import { fieldErrors } from "../components/schema-form";
import { Loading, Page, ProblemMessage, RecordProblem } from "../components/ui";
import type { Session } from "../session";

type Service = Schemas["Service"];

/** Registering a service, or changing one (sent with the version read, so a change made meanwhile is a 412). */
export function ServiceForm({ id, session }: { id?: string; session: Session }) {
  const current = useQuery({
    queryKey: ["service", id],
    enabled: id !== undefined,
    queryFn: async () => (await api().GET("/v1/services/{id}", { params: { path: { id: id ?? "" } } })).data as Service,
  });
  if (id && current.error)
    return (
      <RecordProblem error={current.error} what="service" id={id} back={{ href: "/services", label: "All services" }} />
    );
  if (id && !current.data) return <Loading what="the service" />;
  return <Form {...(current.data ? { existing: current.data } : {})} session={session} />;
}

function Form({ existing, session }: { existing?: Service; session: Session }) {
  const ids = useId();
  const client = useQueryClient();
  const [, navigate] = useLocation();
  const [values, setValues] = useState({
    id: existing?.id ?? "",
    team: existing?.team ?? session.claims.teams[0] ?? "",
    name: existing?.name ?? "",
    description: existing?.description ?? "",
    type: existing?.type ?? "service",
    lifecycle: existing?.lifecycle ?? "experimental",
    tier: String(existing?.tier ?? 3),
    repo: existing?.repository ? `${existing.repository.owner}/${existing.repository.name}` : "",
    system: existing?.system ?? "",
  });
  const set = (field: keyof typeof values) => (event: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [field]: event.target.value }));
  const save = useMutation({
    mutationFn: async () => {
      const [owner = "", name = ""] = values.repo.split("/");
      const fields = {
        name: values.name || values.id,
        description: values.description,
        type: values.type as Service["type"],
        lifecycle: values.lifecycle as Service["lifecycle"],
        tier: Number(values.tier),
        ...(values.system ? { system: values.system } : {}),
      };
      const repository = values.repo ? { provider: "github" as const, owner, name } : undefined;
      if (existing)
        return (
          await api().PATCH("/v1/services/{id}", {
            params: { path: { id: existing.id }, header: { "if-match": `"${existing.version}"` } },
            body: {
              ...fields,
              repository: repository ?? null,
              ...(values.system ? {} : { system: null }),
            },
          })
        ).data as Service;
      return (
        await api().POST("/v1/services", {
          body: {
            id: values.id,
            ...(session.claims.teams.length > 1 ? { team: values.team } : {}),
            ...fields,
            ...(repository ? { repository } : {}),
            links: [],
            tags: [],
          },
        })
      ).data as Service;
    },
    onSuccess: (service) => {
      void client.invalidateQueries({ queryKey: ["services"] });
      void client.invalidateQueries({ queryKey: ["service-page", service.id] });
      navigate(`/services/${service.id}`);
    },
  });
  const errors = save.error instanceof PlinthApiError ? fieldErrors(save.error.errors) : {};
  const error = (field: string) =>
    errors[field] ? (
      <small className="field-error" id={`${ids}-${field}-e`}>
        {errors[field]}
      </small>
    ) : null;
  const invalid = (field: string) =>
    errors[field] ? { "aria-invalid": true, "aria-describedby": `${ids}-${field}-e` } : {};
  return (
    <Page title={existing ? `Edit ${existing.id}` : "Register a service"}>
      <p className="crumbs">
        <Link href="/services">Services</Link> / {existing ? existing.id : "new"}
      </p>
      <form
        aria-label={existing ? "Edit the service" : "Register a service"}
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate();
        }}
      >
        {!existing && (
          <div className="field">
            <label htmlFor={`${ids}-id`}>Id</label>
            <input id={`${ids}-id`} required value={values.id} onChange={set("id")} {...invalid("id")} />
            <small className="help">
              lower-case letters and digits joined by - _ or . (Backstage's names), e.g. checkout-api
            </small>
            {error("id")}
          </div>
        )}
        {!existing && session.claims.teams.length > 1 && (
          <div className="field">
            <label htmlFor={`${ids}-team`}>Team</label>
            <select id={`${ids}-team`} value={values.team} onChange={set("team")}>
              {session.claims.teams.map((team) => (
                <option key={team}>{team}</option>
              ))}
            </select>
          </div>
        )}
        <div className="field">
          <label htmlFor={`${ids}-name`}>Name</label>
          <input id={`${ids}-name`} value={values.name} onChange={set("name")} {...invalid("name")} />
          {error("name")}
        </div>
        <div className="field">
          <label htmlFor={`${ids}-description`}>Description</label>
          <textarea id={`${ids}-description`} value={values.description} onChange={set("description")} />
        </div>
        <div className="field">
          <label htmlFor={`${ids}-type`}>Type</label>
          <select id={`${ids}-type`} value={values.type} onChange={set("type")}>
            {serviceTypeValues.map((value) => (
              <option key={value}>{value}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${ids}-lifecycle`}>Lifecycle</label>
          <select id={`${ids}-lifecycle`} value={values.lifecycle} onChange={set("lifecycle")}>
            {serviceLifecycleValues.map((value) => (
              <option key={value}>{value}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${ids}-tier`}>Tier</label>
          <select id={`${ids}-tier`} value={values.tier} onChange={set("tier")}>
            <option value="1">1 — most critical</option>
            <option value="2">2</option>
            <option value="3">3 — least critical</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${ids}-repo`}>GitHub repository</label>
          <input
            id={`${ids}-repo`}
            placeholder="e.g. acme/checkout-api"
            value={values.repo}
            onChange={set("repo")}
            {...invalid("repository.owner")}
          />
          <small className="help">owner/name</small>
          {error("repository.owner")}
          {error("repository.name")}
        </div>
        <div className="field">
          <label htmlFor={`${ids}-system`}>System</label>
          <input id={`${ids}-system`} value={values.system} onChange={set("system")} {...invalid("system")} />
          {error("system")}
        </div>
        <ProblemMessage error={save.error} />
        <button type="submit" className="primary" disabled={save.isPending}>
          {existing ? "Save changes" : "Register"}
        </button>
      </form>
    </Page>
  );
}
