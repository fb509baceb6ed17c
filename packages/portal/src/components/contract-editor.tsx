import type { Schemas } from "@plinth/client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { api } from "../api";
import { DataTable } from "./data-table";
import { ConfirmButton, ProblemMessage } from "./ui";

type Contract = NonNullable<Schemas["DatasetDetail"]["contract"]>;

/**
 * A new contract version: edit it as JSON, review the column-by-column diff the API computes
 * (breaking changes called out), then save — a breaking change only on purpose (force), after a confirm.
 */
export function ContractEditor({ dataset, contract }: { dataset: string; contract: Contract }) {
  const client = useQueryClient();
  const ids = useId();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(() => JSON.stringify(contract, null, 2));
  const [parseError, setParseError] = useState<string>();
  const parsed = (): Contract | undefined => {
    try {
      setParseError(undefined);
      return JSON.parse(text) as Contract;
    } catch (error) {
      setParseError(`not JSON: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  };
  const preview = useMutation({
    mutationFn: async (next: Contract) =>
      (
        await api().POST("/v1/datasets/{id}/contract/preview", {
          params: { path: { id: dataset } },
          body: { contract: next, force: false },
        })
      ).data as Schemas["ContractPreview"],
  });
  const save = useMutation({
    mutationFn: async ({ next, force }: { next: Contract; force: boolean }) =>
      (
        await api().PUT("/v1/datasets/{id}/contract", {
          params: { path: { id: dataset } },
          body: { contract: next, force },
        })
      ).data,
    onSuccess: () => {
      setEditing(false);
      preview.reset();
      void client.invalidateQueries({ queryKey: ["dataset", dataset] });
    },
  });
  if (!editing)
    return (
      <button type="button" onClick={() => setEditing(true)}>
        Edit the contract
      </button>
    );
  const review = preview.data;
  return (
    <div className="contract-editor">
      <label htmlFor={`${ids}-json`}>New contract (JSON: columns, primaryKey, checks)</label>
      <textarea
        id={`${ids}-json`}
        rows={14}
        spellCheck={false}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          preview.reset();
        }}
      />
      {parseError && <p className="field-error">{parseError}</p>}
      <ProblemMessage error={preview.error ?? save.error} />
      <div className="actions">
        <button type="button" onClick={() => setEditing(false)}>
          Discard
        </button>
        <button
          type="button"
          className="primary"
          onClick={() => {
            const next = parsed();
            if (next) preview.mutate(next);
          }}
        >
          Review changes
        </button>
      </div>
      {review && (
        <section aria-labelledby={`${ids}-diff`}>
          <h3 id={`${ids}-diff`}>Changes for contract v{review.contractVersion}</h3>
          {review.columns.length === 0 ? (
            <p className="muted">No column changes.</p>
          ) : (
            <DataTable
              items={review.columns}
              keyOf={(change) => change.column}
              columns={[
                { header: "Column", cell: (c) => <code>{c.column}</code> },
                { header: "Change", cell: (c) => c.change },
                { header: "Before", cell: (c) => c.before ?? "—" },
                { header: "After", cell: (c) => c.after ?? "—" },
              ]}
            />
          )}
          {review.breaking.length > 0 ? (
            <div className="problem" role="alert">
              <strong>Breaking for readers of silver:</strong>
              <ul>
                {review.breaking.map((change) => (
                  <li key={change}>{change}</li>
                ))}
              </ul>
            </div>
          ) : (
            <p>
              <span className="status ok">not breaking</span>
            </p>
          )}
          {review.breaking.length > 0 ? (
            <ConfirmButton
              label="Save with breaking changes"
              question={`Save contract v${review.contractVersion}? ${review.breaking.join("; ")}.`}
              danger
              onConfirm={() => {
                const next = parsed();
                if (next) save.mutate({ next, force: true });
              }}
            />
          ) : (
            <button
              type="button"
              className="primary"
              onClick={() => {
                const next = parsed();
                if (next) save.mutate({ next, force: false });
              }}
            >
              Save contract v{review.contractVersion}
            </button>
          )}
        </section>
      )}
    </div>
  );
}
