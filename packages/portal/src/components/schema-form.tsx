import { useId } from "react";

/**
 * A form generated from a template's JSON Schema (the subset the catalog uses: objects of booleans,
 * integers, numbers, strings with enums, patterns and limits, nested objects, and string maps).
 * Values keep their JSON types; an empty optional field is left out so the template's default applies.
 */
export interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  enum?: (string | number)[];
  default?: unknown;
  description?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
}

export type Values = Record<string, unknown>;

/** Errors from the API's `errors[].field`, keyed by their path below the form's root (`parameters.size`). */
export type FieldErrors = Record<string, string>;

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/**
 * A form's first values: the example's values for the required fields only. An optional field starts
 * empty, so the template's default applies and the first plan is the defaults' plan — an example's
 * value beside "default 30" would read as the default and price something nobody asked for.
 */
export function initialValues(schema: JsonSchema, example: Values): Values {
  const required = new Set(schema.required ?? []);
  const values: Values = {};
  for (const [name, value] of Object.entries(example)) {
    const field = schema.properties?.[name];
    if (field?.type === "object" && field.properties && value && typeof value === "object")
      values[name] = initialValues(field, value as Values);
    else if (required.has(name)) values[name] = value;
  }
  return values;
}

function label(name: string): string {
  const words = name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function limits(schema: JsonSchema): string | undefined {
  const parts: string[] = [];
  if (schema.minimum !== undefined && schema.maximum !== undefined && Math.abs(schema.maximum) < MAX_SAFE)
    parts.push(`${schema.minimum}–${schema.maximum}`);
  else if (schema.minimum !== undefined && schema.minimum > -MAX_SAFE) parts.push(`at least ${schema.minimum}`);
  if (schema.maxLength !== undefined) parts.push(`up to ${schema.maxLength} characters`);
  if (schema.default !== undefined && typeof schema.default !== "object")
    parts.push(`default ${String(schema.default)}`);
  return parts.length ? parts.join(" · ") : undefined;
}

export function SchemaFields({
  schema,
  values,
  onChange,
  errors,
  path,
  disabled,
}: {
  schema: JsonSchema;
  values: Values;
  onChange: (values: Values) => void;
  errors: FieldErrors;
  path: string;
  disabled?: boolean;
}) {
  return (
    <>
      {Object.entries(schema.properties ?? {}).map(([name, property]) => (
        <Field
          key={name}
          name={name}
          schema={property}
          required={schema.required?.includes(name) ?? false}
          value={values[name]}
          onChange={(value) => {
            const next = { ...values };
            if (value === undefined) delete next[name];
            else next[name] = value;
            onChange(next);
          }}
          errors={errors}
          path={`${path}.${name}`}
          disabled={disabled}
        />
      ))}
    </>
  );
}

function Field({
  name,
  schema,
  required,
  value,
  onChange,
  errors,
  path,
  disabled,
}: {
  name: string;
  schema: JsonSchema;
  required: boolean;
  value: unknown;
  onChange: (value: unknown) => void;
  errors: FieldErrors;
  path: string;
  disabled?: boolean | undefined;
}) {
  const id = useId();
  const error = errors[path];
  const help = [schema.description, limits(schema)].filter(Boolean).join(" — ");
  const describedBy = [help ? `${id}-help` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  const common = {
    id,
    name: path,
    disabled,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy,
    required,
  };
  const below = (
    <>
      {help && (
        <small id={`${id}-help`} className="help">
          {help}
        </small>
      )}
      {error && (
        <small id={`${id}-error`} className="field-error">
          {error}
        </small>
      )}
    </>
  );

  if (schema.type === "object" && schema.properties) {
    return (
      <fieldset>
        <legend>
          {label(name)}
          {required ? "" : " (optional)"}
        </legend>
        <SchemaFields
          schema={schema}
          values={(value as Values | undefined) ?? {}}
          onChange={(next) => onChange(Object.keys(next).length ? next : undefined)}
          errors={errors}
          path={path}
          disabled={disabled}
        />
        {below}
      </fieldset>
    );
  }
  if (schema.type === "object") {
    // A string map (e.g. environment variables): one KEY=value per line.
    const text = Object.entries((value as Record<string, string> | undefined) ?? {})
      .map(([key, item]) => `${key}=${item}`)
      .join("\n");
    return (
      <div className="field">
        <label htmlFor={id}>{label(name)} (one KEY=value per line)</label>
        <textarea
          {...common}
          required={false}
          defaultValue={text}
          onChange={(event) => {
            const entries = event.target.value
              .split("\n")
              .map((line) => line.trim())
              .filter(Boolean)
              .map((line) => [
                line.slice(0, line.indexOf("=") < 0 ? line.length : line.indexOf("=")),
                line.slice(line.indexOf("=") + 1),
              ]);
            onChange(entries.length ? Object.fromEntries(entries) : undefined);
          }}
        />
        {below}
      </div>
    );
  }
  if (schema.type === "boolean") {
    const checked = (value as boolean | undefined) ?? (schema.default as boolean | undefined) ?? false;
    return (
      <div className="field checkbox">
        <input
          {...common}
          required={false}
          type="checkbox"
          checked={checked}
          onChange={(event) => onChange(event.target.checked)}
        />
        <label htmlFor={id}>{label(name)}</label>
        {below}
      </div>
    );
  }
  if (schema.enum) {
    return (
      <div className="field">
        <label htmlFor={id}>{label(name)}</label>
        <select
          {...common}
          value={String(value ?? schema.default ?? "")}
          onChange={(event) => onChange(event.target.value === "" ? undefined : event.target.value)}
        >
          {!required && schema.default === undefined && <option value="">—</option>}
          {schema.enum.map((option) => (
            <option key={String(option)} value={String(option)}>
              {String(option)}
            </option>
          ))}
        </select>
        {below}
      </div>
    );
  }
  const numeric = schema.type === "integer" || schema.type === "number";
  return (
    <div className="field">
      <label htmlFor={id}>
        {label(name)}
        {required ? "" : " (optional)"}
      </label>
      <input
        {...common}
        type={numeric ? "number" : "text"}
        inputMode={numeric ? "decimal" : undefined}
        step={schema.type === "integer" ? 1 : "any"}
        min={schema.minimum !== undefined && schema.minimum > -MAX_SAFE ? schema.minimum : undefined}
        max={schema.maximum !== undefined && schema.maximum < MAX_SAFE ? schema.maximum : undefined}
        maxLength={schema.maxLength}
        placeholder={schema.default === undefined ? "" : String(schema.default)}
        value={value === undefined ? "" : String(value)}
        onChange={(event) => {
          const raw = event.target.value;
          if (raw === "") onChange(undefined);
          // A number that does not parse is sent as typed, so the API names the field and the rule.
          else onChange(numeric && Number.isFinite(Number(raw)) ? Number(raw) : raw);
        }}
      />
      {below}
    </div>
  );
}

/** The API's `errors[]` as form errors: `body.parameters.size` → `parameters.size`. */
export function fieldErrors(errors: { field: string; message: string }[]): FieldErrors {
  const byField: FieldErrors = {};
  for (const error of errors) {
    const field = error.field.replace(/^body\./, "");
    byField[field] ??= error.message;
  }
  return byField;
}
