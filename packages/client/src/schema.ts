// Generated from the API's OpenAPI document by `npm run generate -w @plinth/client`. Do not edit.
export type paths = {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness: the function is up (does not touch dependencies)
         * @description For load balancers and uptime checks: answers 200 while the function runs, without calling DynamoDB, Step Functions or EventBridge, so it says nothing about them. No token needed.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where to go next
         * @description The entry point: links to the collections, the OpenAPI document and the reference. No token needed; start here when exploring the API by hand.
         */
        get: operations["getIndex"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who you are: your teams and roles (from your token) and your profile
         * @description Your identity as the API sees it: `sub`, teams and roles come from your token's claims (teams in `teams` or `custom:teams`, roles in `roles` or `cognito:groups`); the profile is what you set with PATCH. Use it to check a token before scripting against the API.
         */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change your display name, e-mail or Slack handle
         * @description Sets the profile fields shown to others (display name, e-mail, Slack handle). Send `If-Match` with the ETag you read to avoid overwriting a change made meanwhile (412 when it changed).
         */
        patch: operations["updateMe"];
        trace?: never;
    };
    "/v1/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The catalog: what you can provision
         * @description Every template of the catalog with its risk and the monthly cost of its example parameters. Pick one, then GET it for its parameter schema.
         */
        get: operations["listTemplates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/templates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One template, with its parameters as JSON Schema and an example request
         * @description The template's parameters as JSON Schema 2020-12 (types, defaults, limits, enums, descriptions) and a complete example request body; forms and CLIs are generated from it.
         */
        get: operations["getTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/provisioning-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your team's requests, newest first
         * @description Requests of one team (yours by default; say `team` when you have several), newest first, filterable by status and template, paged with `cursor`. Another team's list is empty, not forbidden.
         */
        get: operations["listProvisioningRequests"];
        put?: never;
        /**
         * Request infrastructure from the catalog (or, with ?dryRun=true, see the plan)
         * @description Validates the parameters against the template, renders CloudFormation, estimates the cost and evaluates every policy. A policy denial is a 422 naming the rule, and nothing is written. Otherwise the request is recorded and a workflow plans a change set, waits for an approval when policy requires one, applies it and records the outputs.
         */
        post: operations["createProvisioningRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/provisioning-requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A request: status, plan, policy results, cost, outputs and its timeline
         * @description Everything about one request: status, the plan (resources, cost, policy results, hash), the change set once planned, approval, outputs once applied, failure with its cleanup state, and the timeline of steps. Poll it to follow a workflow; the ETag is its version.
         */
        get: operations["getProvisioningRequest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Extend the time to live of a succeeded request
         * @description Moves `expiresAt` later (never earlier), within the TTL limit outside production; the expiry timer is re-armed. Send `If-Match` with the ETag you read: 412 when the request changed since.
         */
        patch: operations["extendProvisioningRequest"];
        trace?: never;
    };
    "/v1/provisioning-requests/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve the plan you reviewed, or a destroy someone asked for, quoting its hash (approvers; never your own)
         * @description Resumes a request waiting for approval. `planHash` must be the hash of the plan you reviewed (`plan.hash`): if the plan changed since, the answer is 409 stale_plan and nothing is approved. Approvers of the request's team only, never the requester (403 self_approval). On a SUCCEEDED request with a `destroyRequest` (an applied recommendation) it approves the destroy instead: the stack is deleted (DESTROYING), never by the one who asked.
         */
        post: operations["approveProvisioningRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/provisioning-requests/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject a request waiting for approval, or withdraw a destroy someone asked for
         * @description Ends a request waiting for approval as REJECTED with your comment (required); nothing was created, so nothing is cleaned up. Approvers of the team only. On a SUCCEEDED request with a `destroyRequest` it withdraws the destroy instead (the resource stays; its recommendation reopens at the next scan).
         */
        post: operations["rejectProvisioningRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/provisioning-requests/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stop a running request and delete whatever it made
         * @description Stops the workflow of a request that is validating, planned, waiting for approval or applying, and starts a teardown of whatever the stack holds; the request becomes CANCELLED and says whether cleanup succeeded. Follow it at Location.
         */
        post: operations["cancelProvisioningRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/provisioning-requests/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run a failed request again; finished steps are skipped and an approval of the same plan is kept
         * @description Starts a new execution (attempt + 1) for a FAILED or ROLLED_BACK request, e.g. after a transient CloudFormation error. The plan is recomputed; if it is unchanged an earlier approval still holds. Follow it at Location.
         */
        post: operations["retryProvisioningRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/provisioning-requests/{id}/destroy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete the stack of a request
         * @description Deletes the CloudFormation stack of a SUCCEEDED request and everything in it (DESTROYING, then DESTROYED). Retained resources (production data) are reported, not deleted. The expiry timer does the same when the TTL passes.
         */
        post: operations["destroyProvisioningRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/incidents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Incidents of a team, newest first (filters: status, alarm, resource)
         * @description Admins also see `?team=unowned`: incidents on resources without a `team` tag.
         */
        get: operations["listIncidents"];
        put?: never;
        /**
         * Report an incident by hand
         * @description Lands on the open incident for the same alarm and resource when there is one (200); otherwise opens one and starts the remediation workflow (202). Name the CloudWatch alarm that watches the resource so Plinth can match a runbook and verify; without one the incident is notify-only.
         */
        post: operations["reportIncident"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/incidents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An incident with its context, guardrail decisions, actions and timeline
         * @description One incident with the alarm that opened it, the resource, the matched runbook and mode, the context gathered (tags, recent deployments, facts, alarm history), the proposed action, every guardrail decision, the actions taken and their outcomes, and the timeline.
         */
        get: operations["getIncident"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/incidents/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Say you are looking at it (developers of the owning team)
         * @description Records who is on it and when; the workflow goes on unchanged. Once per incident (409 after).
         */
        post: operations["acknowledgeIncident"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/incidents/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close it by hand; a pending approval is withdrawn and nothing runs
         * @description Ends the incident as RESOLVED (how: manual) with your comment. A pending approval is withdrawn and no further action runs; the workflow stops. 409 when it is already resolved.
         */
        post: operations["resolveIncident"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/incidents/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Let the proposed action run (approvers of the owning team; never your own report)
         * @description Answers an incident waiting for approval: the proposed action runs (still inside the guardrails: kill switch, budgets, breaker), then verification. 409 when it is not waiting (already decided, or the approval window passed).
         */
        post: operations["approveIncident"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/incidents/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refuse the proposed action; the incident is escalated
         * @description Answers an incident waiting for approval: nothing runs and the incident is ESCALATED to a person with your comment.
         */
        post: operations["rejectIncident"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/runbooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every runbook: what it answers, its guardrails, its action and undo, its mode
         * @description The runbook catalog: for each, which alarms it answers, its tier and effective mode, the preconditions it checks, the action it takes, how it verifies and how to undo.
         */
        get: operations["listRunbooks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/runbooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One runbook
         * @description One runbook in full (see the list for what the fields mean). `effectiveMode` is what happens now: the kill switch and notify-only tiers override `mode`.
         */
        get: operations["getRunbook"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/runbooks/{id}/mode": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Roll a runbook out (shadow → approval → auto, one step at a time) or back (admin)
         * @description Admins roll a runbook out one step at a time (shadow → approval → auto) or back; a jump (shadow → auto) is refused. Recorded with who and when.
         */
        put: operations["setRunbookMode"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/remediation/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Guardrail state: kill switch, this hour's budgets, circuit breakers and what they hold back, settings
         * @description What the guardrails would decide right now: the kill switch, this clock hour's action budgets (global and per team), each runbook's circuit breaker with the incidents it holds back, and the settings.
         */
        get: operations["getRemediationStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/remediation/kill-switch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Turn every runbook to notify-only, or back (admin); takes effect for the next action
         * @description Admins stop every automatic action at once (runbooks only notify) and start them again. Takes effect for the next action; actions already running finish. Say why in `reason`.
         */
        put: operations["setKillSwitch"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/remediation/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change budgets, cooldown, attempts, breaker thresholds or the approval timeout (admin)
         * @description Admins change the guardrails: cooldown per resource, attempts per incident, budgets per team and globally, breaker window and thresholds, approval timeout. Only the fields sent change.
         */
        patch: operations["updateRemediationSettings"];
        trace?: never;
    };
    "/v1/datasets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Datasets of a team, newest first
         * @description Datasets of a team, newest first, paged with `cursor`.
         */
        get: operations["listDatasets"];
        put?: never;
        /**
         * Register a dataset with its data contract (version 1)
         * @description Registers a dataset and its data contract (columns, primary key, checks) as contract version 1. Files landing under `lake/landing/<id>/<partition>/` then start promotions by themselves.
         */
        post: operations["registerDataset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/datasets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A dataset: its contract, the current version of each stage's partitions, its last runs
         * @description A dataset with its current contract, the version each stage currently serves for each partition (bronze, silver, gold), and its last five promotion runs.
         */
        get: operations["getDataset"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/datasets/{id}/service": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Move a dataset to another service of its team, or to none
         * @description Names the catalog service the dataset belongs to (one of its team's; 422 on `body.service` otherwise), or none with `null` — what lets a service that owned it be retired.
         */
        put: operations["putDatasetService"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/datasets/{id}/contract": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * A new contract version; a breaking change is refused (409) unless `force` is sent by the owner team
         * @description Saves a new contract version. A change that would break readers of silver (a column removed, retyped or made nullable, a new NOT NULL column, another primary key) is a 409 listing what breaks, unless the owner team sends `force: true`. Preview first with POST …/contract/preview.
         */
        put: operations["putDatasetContract"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/datasets/{id}/contract/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * What a new contract would change, column by column, and what of it is breaking; nothing is saved
         * @description Takes the body PUT …/contract would take and answers, without saving, the version it would make, every column added, removed or changed (before → after), and what of it breaks readers. Portals and CLIs show this before saving.
         */
        post: operations["previewDatasetContract"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/datasets/{id}/promotions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Promotion runs of a dataset, newest first
         * @description Promotion runs of a dataset, newest first (API- and landing-triggered), paged with `cursor`.
         */
        get: operations["listPromotions"];
        put?: never;
        /**
         * Promote a partition (or a range: a backfill) one stage up; the workflow runs it
         * @description Answers 202 with the run; poll its Location. Re-running the same promotion (same inputs and contract) answers the version written before instead of writing another.
         */
        post: operations["promoteDataset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/datasets/{id}/promotions/{promotionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A promotion run with each partition's result and quality report
         * @description A run and each partition's result: status, the version written (or reused when inputs and contract were unchanged), the quality report with each check's failing rows, and the error of a failed partition. Poll it to follow a run.
         */
        get: operations["getPromotion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/datasets/{id}/promotions/{promotionId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a running promotion: nothing more is published, what it wrote unrecorded is removed
         * @description Stops the run's execution; every partition not yet finished becomes CANCELLED and the files it wrote under a version nobody recorded are deleted. Partitions that already finished keep their result. A run that has ended is a 409.
         */
        post: operations["cancelPromotion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/datasets/{id}/stages/{stage}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The versions of a stage's partition, newest first, with their lineage
         * @description Every version of one partition in one stage, newest first, with its lineage (the input versions and content hashes it was made from), contract version, rows, rows set aside, engine and quality report.
         */
        get: operations["listVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/datasets/{id}/quarantine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Rows the current silver versions set aside: per partition, by check, and where their files are
         * @description Rows the current silver versions set aside, per partition: how many, by which check, and the files holding them.
         */
        get: operations["getQuarantine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/datasets/{id}/quarantine/rows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The set-aside rows of a partition's current silver version, as they arrived, with `_plinth_reasons`
         * @description The set-aside rows of one partition's current silver version as they arrived, each with `_plinth_reasons` naming the checks it failed; paged with `offset` and `limit`.
         */
        get: operations["listQuarantinedRows"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/datasets/{id}/quarantine/reprocess": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * After a contract fix, promote silver again for the partitions that set rows aside (one run)
         * @description After fixing the contract (or the data), promotes silver again for the partitions whose current version set rows aside, in one run (all of them by default).
         */
        post: operations["reprocessQuarantine"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/datasets/{id}/stages/{stage}/rollback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Point a stage's partition back at an earlier version (one conditional write)
         * @description Points the stage's partition back at an earlier version in one conditional write; readers see it at once. The previous pointer is kept, so a rollback can itself be undone.
         */
        post: operations["rollbackStage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/insights": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A team's insights: requests, lead time, failure rates, cost against budget, promotions, incidents
         * @description For the records the team created in the window (default: the last 30 days): requests by status, lead time (request → ready) p50/p95, failure rate by template, the monthly cost of the team's live resources against its budget, promotion success and quarantine rates per dataset, incidents' time to resolve and the share that healed themselves. Computed from bounded range reads of the team index, never a scan; `cost` says what the answer read (queries, items, DynamoDB read units) and whether a kind had more records than it reads (narrow the window then).
         */
        get: operations["getInsights"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/costs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Measured cost beside the plans' estimates: by request, service or day, and the month against the budget
         * @description What Cost Explorer billed for the team's resources (read once a day by the CostIngestion workflow, grouped by the `plinth:stage` and `plinth:request` cost allocation tags — this call never reaches Cost Explorer), each request's plan estimate beside its measured monthly run rate (the last 7 complete days × 365/12) with large drift flagged, and the month: spent so far, the forecast (month to date + the daily run rate for each day left) and which budget thresholds (80 %, 100 %, on actual or forecast spend) it crossed. Amounts AWS may still restate say `estimated`. Spend without a request tag is team `unallocated`, readable by admins.
         */
        get: operations["getCosts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/recommendations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Idle resources, each with its evidence, the monthly saving and one action
         * @description The team's recommendations, newest first, with the total a month the OPEN ones would save. A daily workflow (ResourceRecommendations) reads each live resource's CloudWatch metrics with GetMetricData and opens one when a resource shows no use for its template's window (SQS 14 days, Lambda and DynamoDB 30, S3 60 unchanged); one in use again, or gone, is RESOLVED.
         */
        get: operations["listRecommendations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/recommendations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A recommendation: evidence (the metric window, day by day), saving, action and its audit trail
         * @description Its evidence is what CloudWatch answered: each metric's daily datapoints over the window (days with none count as zero — SQS stops publishing after six hours idle), the saving (the larger of the plan's estimate and the measured run rate), the action, and every change with who made it and why.
         */
        get: operations["getRecommendation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/recommendations/{id}/apply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Open the change it recommends: a destroy of the request, waiting for another approver
         * @description Developers of the team. The request gets a `destroyRequest` and stays SUCCEEDED until another approver of the team approves it (POST /v1/provisioning-requests/{id}/approve with the plan's hash; never the one who applied) — then it is destroyed like any other — or rejects it, which reopens the recommendation at the next scan. Follow the request at Location.
         */
        post: operations["applyRecommendation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/recommendations/{id}/dismiss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Say why it is not waste: it stays dismissed, with your reason in its audit trail
         * @description Developers of the team, for an OPEN or SNOOZED recommendation. It is not reopened by later scans; the reason, who and when are kept in its history and published as Recommendation Dismissed.
         */
        post: operations["dismissRecommendation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/recommendations/{id}/snooze": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Look again later: it reopens after `until` if the resource is still idle
         * @description Developers of the team. `until` is in the future and at most 180 days ahead; the first daily scan after it reopens the recommendation if the resource is still there (Recommendation Opened again). Published as Recommendation Dismissed with `until`.
         */
        post: operations["snoozeRecommendation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A team's services by id; search by id or name prefix, filter by lifecycle and tier
         * @description A team's services in id order, paged with `cursor`. `q` matches the start of the id or of the name (case-insensitive). Another team's services are never listed.
         */
        get: operations["listServices"];
        put?: never;
        /**
         * Register a service in the catalog
         * @description Registers a service of your team (ids follow Backstage's entity-name rules and are unique in the stage). Requests and datasets may then name it; alarms on resources tagged `plinth:service` open incidents that name it.
         */
        post: operations["registerService"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/scorecards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A team's services ranked by their scorecards
         * @description Each service's scorecard — rules computed from Plinth's own records, each with its reason and, when it fails, the action that fixes it — most rules passed first, a page of services at a time.
         */
        get: operations["listScorecards"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/services/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import Backstage descriptors (catalog-info.yaml); dry run first
         * @description Reads `kind: Component` documents and creates or changes the services they describe (other kinds are skipped, saying why). A document that cannot be mapped — an owner that is not a team of yours, a lifecycle Plinth does not know — is refused naming the document and field, and then nothing is written (422). `dryRun` answers the same without writing.
         */
        post: operations["importServices"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/services/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A service
         * @description A service of one of your teams (another team's is a 404). Its `ETag` is the version to send back as If-Match.
         */
        get: operations["getService"];
        put?: never;
        post?: never;
        /**
         * Retire a service that owns nothing live
         * @description Deletes the service. Refused (409, naming each) while it owns live resources or datasets: destroy or move them first. With If-Match, only if it is still that version.
         */
        delete: operations["retireService"];
        options?: never;
        head?: never;
        /**
         * Change a service (If-Match required)
         * @description Replaces the fields given (`null` clears repository or system). Send `If-Match: "<version>"` as GET returned it: 428 without it, 412 when the service changed since.
         */
        patch: operations["changeService"];
        trace?: never;
    };
    "/v1/services/{id}/page": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Everything Plinth knows about a service, in one answer
         * @description The service with its live resources and their monthly cost, its datasets with the versions they serve, its open and recent incidents, and its scorecard — read through each domain's records that name the service (the newest 25 of each kind), with the reads it took.
         */
        get: operations["getServicePage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/services/{id}/docs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A service's own docs: README.md or a docs/ page from its repository
         * @description Read from the default branch of the service's repository through the Plinth GitHub App (the team must have connected the organisation), cached by commit sha. The Markdown is answered as written: render it sanitised, resolving relative links against `htmlUrl` at `sha`.
         */
        get: operations["getServiceDocs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/services/{id}/backstage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The service as a Backstage catalog-info.yaml
         * @description A `kind: Component` descriptor that imports back to the same service (tier in `plinth.dev/tier`).
         */
        get: operations["exportService"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/services/{id}/pipelines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The service's pipelines, newest first
         * @description Every pipeline of the service, including cancelled and closed ones, each with `upgradeAvailable` when a newer template version exists.
         */
        get: operations["listPipelines"];
        put?: never;
        /**
         * Create the service's GitHub Actions pipeline (or, with ?dryRun=true, see what it would do)
         * @description Renders the pipeline template for the service and checks it with actionlint, then a `PipelineSetup` workflow provisions one `github-deploy-role` per environment (production waits for an approver of the team), creates the GitHub environments with each role's ARN, pushes a branch with `.github/workflows/plinth-<service>.yml` and opens a pull request. The pipeline is ACTIVE when the pull request is merged. The service must name a repository in a GitHub organisation its team has connected.
         */
        post: operations["createPipeline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/services/{id}/pipelines/{pipelineId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A pipeline, with its setup timeline, roles and pull request
         * @description Status, the pull request in flight (`change`), what the default branch holds (`live`), the deploy roles and the timeline of the setup.
         */
        get: operations["getPipeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/services/{id}/pipelines/{pipelineId}/upgrade": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Propose the newest template version as a pull request
         * @description For an ACTIVE pipeline whose template has a newer version: renders it with the same parameters, checks it with actionlint and opens a pull request that changes only the workflow file. Merged: the pipeline is on the new version; closed: it stays where it was.
         */
        post: operations["upgradePipeline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/services/{id}/pipelines/{pipelineId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a setup or an upgrade, removing what it made
         * @description Stops the workflow; a clean-up closes the pull request and deletes its branch, and (for a setup) removes the deploy roles and the GitHub environments. The pipeline ends CANCELLED (an upgrade: back to ACTIVE).
         */
        post: operations["cancelPipeline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/services/{id}/pipelines/{pipelineId}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retry a failed setup or upgrade
         * @description Starts the workflow again; each step finds what the failed attempt made (role requests, branch, file, pull request) and continues from there.
         */
        post: operations["retryPipeline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pipeline-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Pipeline templates, with their versions and parameter schemas
         * @description The newest version of each template, the versions still offered, and the JSON Schema of its parameters (what the portal's form and `plinth pipeline create --set` fill).
         */
        get: operations["listPipelineTemplates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pipelines/outdated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your teams' pipelines on an older template version than the newest
         * @description Every pipeline of your teams whose default branch holds an older version of its template: each is one `upgrade` away from the newest.
         */
        get: operations["listOutdatedPipelines"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/teams/{team}/github/{owner}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Connect a GitHub organisation (where the Plinth GitHub App is installed) to a team
         * @description An approver of the team records the app's installation on the organisation for the team; its services' repositories there can then get pipelines. A 409 `integration_required` when the app is not installed there.
         */
        put: operations["connectGitHubOrganisation"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/teams/{team}/github": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The GitHub organisations a team has connected
         * @description Each organisation with the app's installation id, who connected it and when.
         */
        get: operations["listGitHubConnections"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/services/{id}/pipelines/{pipelineId}/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The pipeline's runs, newest first
         * @description Every run Plinth has heard of (dispatched here, or started by a push), its latest state from GitHub's webhooks; jobs are on each run's own page.
         */
        get: operations["listPipelineRuns"];
        put?: never;
        /**
         * Run the pipeline now (a workflow_dispatch), and follow exactly that run
         * @description Dispatches the pipeline's workflow on its default branch (or `ref`) asking GitHub for the run it made (`return_run_details`), so the answer is **this** run — never a neighbour started at the same moment. The run is recorded at once and kept current by GitHub's webhooks. Needs an ACTIVE pipeline. A retry with the same Idempotency-Key answers the same run and dispatches nothing.
         */
        post: operations["dispatchPipelineRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/services/{id}/pipelines/{pipelineId}/runs/{runId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A run with its jobs and steps
         * @description The run's status and conclusion, its commit, who dispatched it, and each job with its steps, as GitHub last reported them.
         */
        get: operations["getPipelineRun"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/services/{id}/pipelines/{pipelineId}/runs/{runId}/rerun": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rerun the failed jobs of a run (its next attempt)
         * @description For a run that completed with a failure (or was cancelled): GitHub reruns the failed jobs and what depends on them as the run's next attempt.
         */
        post: operations["rerunPipelineRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/services/{id}/pipelines/{pipelineId}/runs/{runId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a run in progress
         * @description Asks GitHub to cancel the run; it completes as `cancelled` shortly after (a deploy job mid-way finishes its current step).
         */
        post: operations["cancelPipelineRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/services/{id}/dora": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * DORA's delivery metrics for the service, from its production deployments
         * @description Deployment frequency, change lead time (commit → production, median and p90), change fail rate (failed, rolled back, or named by an incident), failed deployment recovery time and deployment rework rate, as dora.dev defines them, each with the deployments behind it, and week by week. Computed from the deployments GitHub reported; one query.
         */
        get: operations["getServiceDora"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/services/{id}/deployments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The service's deployments, newest first
         * @description Every deployment GitHub Actions reported for the service's pipeline (one per environment per run): commit, state, when it started and finished, and the run that made it.
         */
        get: operations["listDeployments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/deployment-approvals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Production deploys waiting for an approver (or a team's decided ones)
         * @description The approvals inbox for deployments: each names the service, the commit, the environment, who started it and whether the commit passed the environment before. Without `team`: what waits in every team you belong to.
         */
        get: operations["listDeploymentApprovals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/deployment-approvals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A deployment approval, with its checks and timeline
         * @description Its status and reason, the commit and environment, the earlier environment's result, who decided, and whether GitHub was told.
         */
        get: operations["getDeploymentApproval"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/deployment-approvals/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a production deploy of exactly this commit
         * @description An approver of the owning team — not the person who pushed, merged or dispatched it — approves the commit (`sha`) for the environment; a sha or environment other than the waiting one is a 409. Plinth then answers GitHub's protection rule and the deploy job runs.
         */
        post: operations["approveDeployment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/deployment-approvals/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject a production deploy, with the reason GitHub shows
         * @description An approver of the owning team rejects it; the deploy job fails in GitHub with the reason.
         */
        post: operations["rejectDeployment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/deploy-freezes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Freezes in force: production deploys they refuse
         * @description The platform's freeze (every team) and your teams' freezes, with their reasons and ends.
         */
        get: operations["listDeployFreezes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/deploy-freezes/{scope}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Freeze production deploys (a team's, or the platform's: the kill switch)
         * @description While it holds, every production deploy of the scope is refused at Plinth's gate with the reason, shown in GitHub. A team's approvers freeze the team; an admin freezes the platform. `until` lifts it by itself.
         */
        put: operations["setDeployFreeze"];
        post?: never;
        /**
         * Lift a freeze
         * @description Production deploys of the scope go through the gate again (already lifted: nothing to do).
         */
        delete: operations["liftDeployFreeze"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-deliveries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What Plinth did with one of GitHub's deliveries (admins)
         * @description The delivery recorded under GitHub's `X-GitHub-Delivery` id: what it told (its fact), when it arrived, how many times GitHub sent it, how many times it was taken for processing, and the outcome or last error. For operators tracing a run or a deployment that did not show up.
         */
        get: operations["getWebhookDelivery"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/github": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * GitHub's webhook deliveries to the Plinth GitHub App (signed; no token)
         * @description GitHub calls this; nobody else needs to. Authenticated by `X-Hub-Signature-256` (HMAC-SHA256 of the raw body with the app's webhook secret; during a rotation the previous secret is accepted too) — a missing or wrong signature is 401 and nothing is recorded. A delivery is recorded once under its `X-GitHub-Delivery` id and one *Webhook Delivery Received* event is put on the bus; the work (run and deployment records, waking a pipeline setup) happens behind that event's rule. A redelivery of a processed delivery is answered 200 `duplicate` and changes nothing. Events Plinth does not act on are answered 202 `ignored`; `ping` is answered `pong`.
         */
        post: operations["receiveGitHubWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type webhooks = Record<string, never>;
export type components = {
    schemas: {
        Health: {
            /** @enum {string} */
            status: "ok";
            version: string;
        };
        Index: {
            links: {
                [key: string]: string;
            };
        };
        Me: {
            sub: string;
            teams: string[];
            roles: ("viewer" | "developer" | "approver" | "admin")[];
            profile: components["schemas"]["Profile"];
        };
        Profile: {
            sub: string;
            displayName: string;
            email: string | null;
            slackHandle: string | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        } | null;
        /** @description RFC 9457 problem details */
        Problem: {
            /** Format: uri */
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            code: string;
            correlationId?: string;
            errors?: {
                field: string;
                message: string;
            }[];
        };
        ProfilePatch: {
            displayName?: string;
            /** Format: email */
            email?: string;
            slackHandle?: string | null;
        };
        TemplateSummary: {
            id: string;
            version: string;
            title: string;
            description: string;
            /** @enum {string} */
            risk: "low" | "medium" | "high";
            resourceTypes: string[];
            /** @description The estimated monthly cost of the example parameters: what the catalog shows as a starting price */
            exampleMonthlyUsd: number;
        };
        TemplateDetail: {
            id: string;
            version: string;
            title: string;
            description: string;
            /** @enum {string} */
            risk: "low" | "medium" | "high";
            resourceTypes: string[];
            /** @description The estimated monthly cost of the example parameters: what the catalog shows as a starting price */
            exampleMonthlyUsd: number;
            /** @description JSON Schema (2020-12) of the parameters */
            parameters: {
                [key: string]: unknown;
            };
            example: {
                parameters: {
                    [key: string]: unknown;
                };
                /** @description A POST /v1/provisioning-requests body to start from */
                request: {
                    [key: string]: unknown;
                };
            };
        };
        Plan: {
            template: {
                id: string;
                version: string;
            };
            stackName: string;
            region: string;
            /** @enum {string} */
            environment: "dev" | "staging" | "production";
            /** @description The parameters with every default filled in */
            parameters: {
                [key: string]: unknown;
            };
            /** @description The CloudFormation template that will be applied */
            templateBody: {
                [key: string]: unknown;
            };
            resources: {
                logicalId: string;
                type: string;
            }[];
            cost: {
                monthlyUsd: number;
                /** @enum {string} */
                currency: "USD";
                priceTable: string;
                lines: {
                    item: string;
                    quantity: number;
                    unit: string;
                    unitPriceUsd: number;
                    monthlyUsd: number;
                }[];
            };
            policies: {
                rule: string;
                /** @enum {string} */
                outcome: "pass" | "deny" | "approval";
                reason: string;
            }[];
            /** @description False when a policy denies the request */
            allowed: boolean;
            /** @enum {string} */
            approval: "required" | "not-required";
            /** @description sha256 of everything above; an approval quotes it */
            hash: string;
        };
        ProvisioningRequest: {
            id: string;
            team: string;
            /** @description The catalog service it serves */
            service?: string;
            requestedBy: string;
            name: string;
            template: {
                id: string;
                version: string;
            };
            /** @enum {string} */
            environment: "dev" | "staging" | "production";
            region: string;
            tags: {
                [key: string]: string;
            };
            /** @enum {string} */
            status: "VALIDATING" | "PLANNED" | "AWAITING_APPROVAL" | "APPLYING" | "SUCCEEDED" | "FAILED" | "ROLLED_BACK" | "CANCELLED" | "REJECTED" | "EXPIRED" | "DESTROYING" | "DESTROYED";
            version: number;
            plan: components["schemas"]["Plan"];
            /** @description The CloudFormation change set, once planned */
            changes?: {
                action: string;
                logicalId: string;
                type: string;
                replacement?: string;
            }[];
            approval?: {
                /** @enum {string} */
                decision: "approved" | "rejected";
                by: string;
                /** Format: date-time */
                at: string;
                planHash: string;
                comment?: string;
            };
            /** @description A destroy waiting for an approver (opened by a recommendation): another approver of the team approves it, quoting plan.hash, and the stack is deleted; a rejection withdraws it */
            destroyRequest?: {
                by: string;
                /** Format: date-time */
                at: string;
                reason: string;
                /** @description The recommendation that opened it */
                recommendation?: string;
            };
            outputs: {
                [key: string]: string;
            };
            failure?: {
                step: string;
                error: string;
                reason: string;
                /** Format: date-time */
                at: string;
                /** @enum {string} */
                cleanup: "deleted" | "failed" | "not-needed";
            };
            ttlHours?: number;
            /**
             * Format: date-time
             * @description Set when it succeeds: ttlHours later; PATCH extends it
             */
            expiresAt?: string;
            /** @description 1 for the first execution, +1 per retry */
            attempt: number;
            /** @description The Step Functions execution ARN working on it */
            execution?: string;
            timeline: {
                /** Format: date-time */
                at: string;
                /** @description validate, plan, approval, apply, outputs, cancel, retry, destroy, expiry */
                step: string;
                /**
                 * @description The request's status after this step
                 * @enum {string}
                 */
                status: "VALIDATING" | "PLANNED" | "AWAITING_APPROVAL" | "APPLYING" | "SUCCEEDED" | "FAILED" | "ROLLED_BACK" | "CANCELLED" | "REJECTED" | "EXPIRED" | "DESTROYING" | "DESTROYED";
                message: string;
                actor?: string;
                error?: string;
            }[];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        CreateProvisioningRequest: {
            /** @description A template id from GET /v1/templates */
            template: string;
            /** @description Short name; resources are named plinth-<stage>-<team>-<environment>-<name> */
            name: string;
            /** @description Required when you belong to several teams */
            team?: string;
            /** @description The catalog service it serves (one of the team's): its resources are tagged plinth:service */
            service?: string;
            /**
             * @default dev
             * @enum {string}
             */
            environment: "dev" | "staging" | "production";
            /** @default us-east-1 */
            region: string;
            /**
             * @description The template's parameters (its JSON Schema)
             * @default {}
             */
            parameters: {
                [key: string]: unknown;
            };
            /**
             * @description owner (e-mail) and cost-center (CC-1234) are required; team is added for you
             * @default {}
             */
            tags: {
                [key: string]: string;
            };
            /** @description Destroy after this many hours; required outside production */
            ttlHours?: number;
        };
        ProvisioningRequestList: {
            items: components["schemas"]["ProvisioningRequest"][];
            /** @description Pass as ?cursor= for the next page */
            cursor?: string;
        };
        ProvisioningRequestPatch: {
            /**
             * Format: date-time
             * @description A later expiry; at most the TTL limit from now outside production
             */
            expiresAt: string;
        };
        ApprovalDecision: {
            planHash: string;
            comment?: string;
        };
        Rejection: {
            comment: string;
        };
        Incident: {
            id: string;
            version: number;
            createdAt: string;
            updatedAt: string;
            /** @enum {string} */
            status: "OPEN" | "AWAITING_APPROVAL" | "ACTING" | "VERIFYING" | "ESCALATED" | "RESOLVED";
            /** @enum {string} */
            source: "alarm" | "manual";
            /** @description From the resource's `team` tag; `unowned` until it is read (admins see those) */
            team: string;
            /** @description From the resource's `plinth:service` tag: the catalog service it belongs to */
            service?: string;
            /** @description The production deployment of its service that finished shortly before the alarm: the change that likely caused it */
            deployment?: {
                id: number;
                sha: string;
                createdAt: string;
                finishedAt?: string;
                runId?: number;
                runAttempt?: number;
                environment: string;
                pipelineId: string;
                /** @description Its state when the incident was linked to it */
                state: string;
                /** @description How long before the alarm it finished (or started, while still deploying) */
                minutesBeforeAlarm: number;
                /** @description The successful deployment of another commit before it: a rollback's target */
                previous?: {
                    id: number;
                    sha: string;
                    createdAt: string;
                    finishedAt?: string;
                    runId?: number;
                    runAttempt?: number;
                };
            };
            summary: string;
            reportedBy?: string;
            alarm: {
                name: string;
                arn?: string;
                namespace?: string;
                metric?: string;
                dimensions: {
                    [key: string]: string;
                };
                /** @enum {string} */
                state: "OK" | "ALARM" | "INSUFFICIENT_DATA";
                reason: string;
            };
            resource: {
                type: ("ecs-service" | "ec2-instance" | "autoscaling-group" | "lambda-alias" | "sqs-queue") | "unknown";
                id: string;
                arn?: string;
                account: string;
                region: string;
            };
            correlationId: string;
            /** @description The alarm + resource key that keeps one incident open per pair */
            slot: string;
            executionArn?: string;
            runbook?: {
                id: string;
                version: string;
                title: string;
                /** @enum {string} */
                tier: "auto" | "approval" | "notify-only";
                /**
                 * @description What it did for this incident
                 * @enum {string}
                 */
                mode: "shadow" | "approval" | "auto" | "notify-only";
            };
            context?: {
                tags: {
                    [key: string]: string;
                };
                deployments: {
                    id: string;
                    at?: string;
                    what: string;
                }[];
                facts: {
                    [key: string]: unknown;
                };
                alarmHistory: {
                    at: string;
                    summary: string;
                }[];
            };
            /** @description What the runbook would do (shadow) or asks approval for */
            proposal?: {
                call: string;
                parameters: {
                    [key: string]: unknown;
                };
                undo: string;
                reason: string;
            };
            decisions: {
                /** @enum {string} */
                guard: "kill-switch" | "runbook" | "tier" | "mode" | "opt-out" | "preconditions" | "attempts" | "breaker" | "cooldown" | "team-budget" | "global-budget" | "approval";
                /** @enum {string} */
                outcome: "pass" | "block" | "downgrade";
                reason: string;
                at: string;
            }[];
            attempts: number;
            verifyPolls: number;
            actions: {
                attempt: number;
                call: string;
                parameters: {
                    [key: string]: unknown;
                };
                startedAt: string;
                /** @enum {string} */
                outcome: "running" | "healed" | "not-healed" | "failed" | "unclear";
                detail?: string;
                /** @description What undoes this action */
                undo: string;
            }[];
            acknowledged?: {
                by: string;
                at: string;
            };
            escalation?: {
                at: string;
                reason: string;
            };
            resolution?: {
                at: string;
                by: string;
                /** @enum {string} */
                how: "verified" | "manual";
                comment?: string;
            };
            approval?: {
                requestedAt: string;
                expiresAt: string;
                decidedBy?: string;
                /** @enum {string} */
                decision?: "approved" | "rejected";
                comment?: string;
            };
            /** @description Alarm events attached to this incident, the first included */
            occurrences: number;
            lastOccurrenceAt: string;
            /** @description When the alarm last reported OK while the incident was open */
            alarmOkAt?: string;
            timeline: {
                at: string;
                /** @description intake, context, assess, approval, act, verify, escalate, resolve, repeat, recovered, … */
                step: string;
                message: string;
                /** @enum {string} */
                status?: "OPEN" | "AWAITING_APPROVAL" | "ACTING" | "VERIFYING" | "ESCALATED" | "RESOLVED";
                actor?: string;
            }[];
        };
        ManualReport: {
            summary: string;
            resource?: {
                /** @enum {string} */
                type: "ecs-service" | "ec2-instance" | "autoscaling-group" | "lambda-alias" | "sqs-queue";
                id: string;
            };
            /** @description The CloudWatch alarm that watches it; verification reads it */
            alarmName?: string;
            /** @description Defaults to your only team */
            team?: string;
        };
        IncidentList: {
            items: components["schemas"]["IncidentSummary"][];
            /** @description Pass as ?cursor= for the next page */
            cursor?: string;
        };
        IncidentSummary: {
            id: string;
            version: number;
            createdAt: string;
            updatedAt: string;
            /** @enum {string} */
            status: "OPEN" | "AWAITING_APPROVAL" | "ACTING" | "VERIFYING" | "ESCALATED" | "RESOLVED";
            /** @enum {string} */
            source: "alarm" | "manual";
            /** @description From the resource's `team` tag; `unowned` until it is read (admins see those) */
            team: string;
            /** @description From the resource's `plinth:service` tag: the catalog service it belongs to */
            service?: string;
            /** @description The production deployment of its service that finished shortly before the alarm: the change that likely caused it */
            deployment?: {
                id: number;
                sha: string;
                createdAt: string;
                finishedAt?: string;
                runId?: number;
                runAttempt?: number;
                environment: string;
                pipelineId: string;
                /** @description Its state when the incident was linked to it */
                state: string;
                /** @description How long before the alarm it finished (or started, while still deploying) */
                minutesBeforeAlarm: number;
                /** @description The successful deployment of another commit before it: a rollback's target */
                previous?: {
                    id: number;
                    sha: string;
                    createdAt: string;
                    finishedAt?: string;
                    runId?: number;
                    runAttempt?: number;
                };
            };
            summary: string;
            reportedBy?: string;
            alarm: {
                name: string;
                arn?: string;
                namespace?: string;
                metric?: string;
                dimensions: {
                    [key: string]: string;
                };
                /** @enum {string} */
                state: "OK" | "ALARM" | "INSUFFICIENT_DATA";
                reason: string;
            };
            resource: {
                type: ("ecs-service" | "ec2-instance" | "autoscaling-group" | "lambda-alias" | "sqs-queue") | "unknown";
                id: string;
                arn?: string;
                account: string;
                region: string;
            };
            correlationId: string;
            /** @description The alarm + resource key that keeps one incident open per pair */
            slot: string;
            executionArn?: string;
            runbook?: {
                id: string;
                version: string;
                title: string;
                /** @enum {string} */
                tier: "auto" | "approval" | "notify-only";
                /**
                 * @description What it did for this incident
                 * @enum {string}
                 */
                mode: "shadow" | "approval" | "auto" | "notify-only";
            };
            /** @description What the runbook would do (shadow) or asks approval for */
            proposal?: {
                call: string;
                parameters: {
                    [key: string]: unknown;
                };
                undo: string;
                reason: string;
            };
            attempts: number;
            verifyPolls: number;
            actions: {
                attempt: number;
                call: string;
                parameters: {
                    [key: string]: unknown;
                };
                startedAt: string;
                /** @enum {string} */
                outcome: "running" | "healed" | "not-healed" | "failed" | "unclear";
                detail?: string;
                /** @description What undoes this action */
                undo: string;
            }[];
            acknowledged?: {
                by: string;
                at: string;
            };
            escalation?: {
                at: string;
                reason: string;
            };
            resolution?: {
                at: string;
                by: string;
                /** @enum {string} */
                how: "verified" | "manual";
                comment?: string;
            };
            approval?: {
                requestedAt: string;
                expiresAt: string;
                decidedBy?: string;
                /** @enum {string} */
                decision?: "approved" | "rejected";
                comment?: string;
            };
            /** @description Alarm events attached to this incident, the first included */
            occurrences: number;
            lastOccurrenceAt: string;
            /** @description When the alarm last reported OK while the incident was open */
            alarmOkAt?: string;
        };
        Comment: {
            comment?: string;
        };
        RunbookList: {
            items: components["schemas"]["Runbook"][];
        };
        Runbook: {
            id: string;
            version: string;
            title: string;
            description: string;
            match: {
                /** @description `*`: any */
                resourceType: string;
                namespace: string;
                metrics: string[];
                resourceIdPattern?: string;
                tags?: {
                    [key: string]: string;
                };
                /** @description Only for incidents linked to a recent production deployment; such runbooks are tried first */
                deployment?: boolean;
            };
            /**
             * @description The most this runbook may ever do
             * @enum {string}
             */
            tier: "auto" | "approval" | "notify-only";
            /**
             * @description Its rollout: shadow → approval → auto
             * @enum {string}
             */
            mode: "shadow" | "approval" | "auto";
            modeSetBy?: {
                by: string;
                at: string;
            };
            /**
             * @description After the kill switch and the tier
             * @enum {string}
             */
            effectiveMode: "shadow" | "approval" | "auto" | "notify-only";
            preconditions: {
                name: string;
                description: string;
            }[];
            action: string;
            verify: {
                summary: string;
                waitSeconds: number;
                polls: number;
                /** @description Verified once the deployment it made has succeeded */
                deployment?: boolean;
            };
            undo: string;
        };
        RunbookModeChange: {
            /** @enum {string} */
            mode: "shadow" | "approval" | "auto";
        };
        RemediationStatus: {
            killSwitch: components["schemas"]["KillSwitch"];
            settings: components["schemas"]["RemediationSettings"];
            budgets: {
                /** @description The clock hour (UTC) the counts are for */
                hour: string;
                global: {
                    used: number;
                    limit: number;
                };
                teams: {
                    [key: string]: {
                        used: number;
                        limit: number;
                    };
                };
            };
            breakers: {
                runbookId: string;
                /** @enum {string} */
                state: "closed" | "open" | "half-open";
                openedAt?: string;
                /** @description Incidents the open breaker kept from acting (newest last, up to 50) */
                heldBack: {
                    incidentId: string;
                    resource: string;
                    at: string;
                }[];
                failureShare: number;
                /** @description Outcomes in the breaker's window */
                recent: number;
            }[];
        };
        KillSwitch: {
            on: boolean;
            by?: string;
            at?: string;
            reason?: string;
        };
        RemediationSettings: {
            /**
             * @description No second automatic action on a resource within this time
             * @default 30
             */
            cooldownMinutes: number;
            /** @default 2 */
            maxAttemptsPerIncident: number;
            /**
             * @description Automatic actions per team per clock hour
             * @default 10
             */
            teamActionsPerHour: number;
            /**
             * @description Automatic actions in all per clock hour
             * @default 30
             */
            globalActionsPerHour: number;
            /**
             * @description Recent outcomes per runbook the breaker looks at
             * @default 10
             */
            breakerWindow: number;
            /** @default 4 */
            breakerMinSamples: number;
            /**
             * @description Opens when this share of recent outcomes failed
             * @default 0.5
             */
            breakerFailureShare: number;
            /**
             * @description Then lets one trial through
             * @default 30
             */
            breakerOpenMinutes: number;
            /** @default 60 */
            approvalTimeoutMinutes: number;
            /**
             * @description An incident is linked to its service's production deployment that finished this long before the alarm
             * @default 60
             */
            deploymentWindowMinutes: number;
        };
        KillSwitchChange: {
            on: boolean;
            reason?: string;
        };
        RemediationSettingsPatch: {
            /**
             * @description No second automatic action on a resource within this time
             * @default 30
             */
            cooldownMinutes: number;
            /** @default 2 */
            maxAttemptsPerIncident: number;
            /**
             * @description Automatic actions per team per clock hour
             * @default 10
             */
            teamActionsPerHour: number;
            /**
             * @description Automatic actions in all per clock hour
             * @default 30
             */
            globalActionsPerHour: number;
            /**
             * @description Recent outcomes per runbook the breaker looks at
             * @default 10
             */
            breakerWindow: number;
            /** @default 4 */
            breakerMinSamples: number;
            /**
             * @description Opens when this share of recent outcomes failed
             * @default 0.5
             */
            breakerFailureShare: number;
            /**
             * @description Then lets one trial through
             * @default 30
             */
            breakerOpenMinutes: number;
            /** @default 60 */
            approvalTimeoutMinutes: number;
            /**
             * @description An incident is linked to its service's production deployment that finished this long before the alarm
             * @default 60
             */
            deploymentWindowMinutes: number;
        };
        Dataset: {
            id: string;
            team: string;
            service?: string;
            description: string;
            partitionKey: string;
            /** @enum {string} */
            landingFormat: "csv" | "parquet";
            contractVersion: number;
            gold?: {
                sql: string;
            };
            version: number;
            createdAt: string;
            updatedAt: string;
            createdBy: string;
        };
        RegisterDataset: {
            /** @description lower-case letters, digits and _, e.g. orders */
            id: string;
            team: string;
            /** @description The catalog service it belongs to (one of the team's) */
            service?: string;
            /** @default  */
            description: string;
            /**
             * @description the column whose value names a partition
             * @default date
             */
            partitionKey: string;
            /**
             * @default csv
             * @enum {string}
             */
            landingFormat: "csv" | "parquet";
            contract: {
                columns: {
                    name: string;
                    /** @enum {string} */
                    type: "string" | "integer" | "bigint" | "decimal" | "double" | "boolean" | "date" | "timestamp";
                    /** @default true */
                    nullable: boolean;
                    /** @description decimal only: digits in all (18 when left out) */
                    precision?: number;
                    /** @description decimal only: digits after the point (2 when left out) */
                    scale?: number;
                    /** @default true */
                    trim: boolean;
                    /**
                     * @default keep
                     * @enum {string}
                     */
                    case: "keep" | "lower" | "upper";
                    /** @default true */
                    emptyAsNull: boolean;
                    description?: string;
                }[];
                primaryKey: string[];
                /**
                 * @default quarantine
                 * @enum {string}
                 */
                typeErrors: "quarantine" | "fail";
                /** @default [] */
                checks: ({
                    /** @description a name for the check; derived from kind and column when left out */
                    id?: string;
                    /** @enum {string} */
                    kind: "not_null";
                    column: string;
                    /**
                     * @default quarantine
                     * @enum {string}
                     */
                    severity: "warn" | "quarantine" | "fail";
                } | {
                    /** @description a name for the check; derived from kind and column when left out */
                    id?: string;
                    /** @enum {string} */
                    kind: "unique";
                    columns: string[];
                    /**
                     * @default quarantine
                     * @enum {string}
                     */
                    severity: "warn" | "quarantine" | "fail";
                } | {
                    /** @description a name for the check; derived from kind and column when left out */
                    id?: string;
                    /** @enum {string} */
                    kind: "range";
                    column: string;
                    min?: number;
                    max?: number;
                    /**
                     * @default quarantine
                     * @enum {string}
                     */
                    severity: "warn" | "quarantine" | "fail";
                } | {
                    /** @description a name for the check; derived from kind and column when left out */
                    id?: string;
                    /** @enum {string} */
                    kind: "allowed_values";
                    column: string;
                    values: string[];
                    /**
                     * @default quarantine
                     * @enum {string}
                     */
                    severity: "warn" | "quarantine" | "fail";
                } | {
                    /** @description a name for the check; derived from kind and column when left out */
                    id?: string;
                    /** @enum {string} */
                    kind: "regex";
                    column: string;
                    pattern: string;
                    /**
                     * @default quarantine
                     * @enum {string}
                     */
                    severity: "warn" | "quarantine" | "fail";
                } | {
                    /** @description a name for the check; derived from kind and column when left out */
                    id?: string;
                    /** @enum {string} */
                    kind: "reference";
                    column: string;
                    /** @description the referenced dataset; its current silver version is read */
                    dataset: string;
                    referencedColumn: string;
                    /**
                     * @default quarantine
                     * @enum {string}
                     */
                    severity: "warn" | "quarantine" | "fail";
                } | {
                    /** @description a name for the check; derived from kind and column when left out */
                    id?: string;
                    /** @enum {string} */
                    kind: "row_count";
                    min?: number;
                    max?: number;
                    /**
                     * @default fail
                     * @enum {string}
                     */
                    severity: "warn" | "fail";
                } | {
                    /** @description a name for the check; derived from kind and column when left out */
                    id?: string;
                    /** @enum {string} */
                    kind: "freshness";
                    column: string;
                    maxAgeHours: number;
                    /**
                     * @default warn
                     * @enum {string}
                     */
                    severity: "warn" | "fail";
                } | {
                    /** @description a name for the check; derived from kind and column when left out */
                    id?: string;
                    /** @enum {string} */
                    kind: "schema_drift";
                    /**
                     * @default drift
                     * @enum {string}
                     */
                    extraColumns: "ignore" | "drift";
                    /**
                     * @default fail
                     * @enum {string}
                     */
                    severity: "warn" | "fail";
                })[];
            };
            gold?: {
                sql: string;
            };
        };
        DatasetList: {
            items: components["schemas"]["Dataset"][];
            cursor?: string;
        };
        DatasetDetail: {
            id: string;
            team: string;
            service?: string;
            description: string;
            partitionKey: string;
            /** @enum {string} */
            landingFormat: "csv" | "parquet";
            contractVersion: number;
            gold?: {
                sql: string;
            };
            version: number;
            createdAt: string;
            updatedAt: string;
            createdBy: string;
            contract?: {
                columns: {
                    name: string;
                    /** @enum {string} */
                    type: "string" | "integer" | "bigint" | "decimal" | "double" | "boolean" | "date" | "timestamp";
                    /** @default true */
                    nullable: boolean;
                    /** @description decimal only: digits in all (18 when left out) */
                    precision?: number;
                    /** @description decimal only: digits after the point (2 when left out) */
                    scale?: number;
                    /** @default true */
                    trim: boolean;
                    /**
                     * @default keep
                     * @enum {string}
                     */
                    case: "keep" | "lower" | "upper";
                    /** @default true */
                    emptyAsNull: boolean;
                    description?: string;
                }[];
                primaryKey: string[];
                /**
                 * @default quarantine
                 * @enum {string}
                 */
                typeErrors: "quarantine" | "fail";
                /** @default [] */
                checks: ({
                    /** @description a name for the check; derived from kind and column when left out */
                    id?: string;
                    /** @enum {string} */
                    kind: "not_null";
                    column: string;
                    /**
                     * @default quarantine
                     * @enum {string}
                     */
                    severity: "warn" | "quarantine" | "fail";
                } | {
                    /** @description a name for the check; derived from kind and column when left out */
                    id?: string;
                    /** @enum {string} */
                    kind: "unique";
                    columns: string[];
                    /**
                     * @default quarantine
                     * @enum {string}
                     */
                    severity: "warn" | "quarantine" | "fail";
                } | {
                    /** @description a name for the check; derived from kind and column when left out */
                    id?: string;
                    /** @enum {string} */
                    kind: "range";
                    column: string;
                    min?: number;
                    max?: number;
                    /**
                     * @default quarantine
                     * @enum {string}
                     */
                    severity: "warn" | "quarantine" | "fail";
                } | {
                    /** @description a name for the check; derived from kind and column when left out */
                    id?: string;
                    /** @enum {string} */
                    kind: "allowed_values";
                    column: string;
                    values: string[];
                    /**
                     * @default quarantine
                     * @enum {string}
                     */
                    severity: "warn" | "quarantine" | "fail";
                } | {
                    /** @description a name for the check; derived from kind and column when left out */
                    id?: string;
                    /** @enum {string} */
                    kind: "regex";
                    column: string;
                    pattern: string;
                    /**
                     * @default quarantine
                     * @enum {string}
                     */
                    severity: "warn" | "quarantine" | "fail";
                } | {
                    /** @description a name for the check; derived from kind and column when left out */
                    id?: string;
                    /** @enum {string} */
                    kind: "reference";
                    column: string;
                    /** @description the referenced dataset; its current silver version is read */
                    dataset: string;
                    referencedColumn: string;
                    /**
                     * @default quarantine
                     * @enum {string}
                     */
                    severity: "warn" | "quarantine" | "fail";
                } | {
                    /** @description a name for the check; derived from kind and column when left out */
                    id?: string;
                    /** @enum {string} */
                    kind: "row_count";
                    min?: number;
                    max?: number;
                    /**
                     * @default fail
                     * @enum {string}
                     */
                    severity: "warn" | "fail";
                } | {
                    /** @description a name for the check; derived from kind and column when left out */
                    id?: string;
                    /** @enum {string} */
                    kind: "freshness";
                    column: string;
                    maxAgeHours: number;
                    /**
                     * @default warn
                     * @enum {string}
                     */
                    severity: "warn" | "fail";
                } | {
                    /** @description a name for the check; derived from kind and column when left out */
                    id?: string;
                    /** @enum {string} */
                    kind: "schema_drift";
                    /**
                     * @default drift
                     * @enum {string}
                     */
                    extraColumns: "ignore" | "drift";
                    /**
                     * @default fail
                     * @enum {string}
                     */
                    severity: "warn" | "fail";
                })[];
            };
            stages: {
                /** @enum {string} */
                stage: "landing" | "bronze" | "silver" | "gold";
                partitions: components["schemas"]["StagePointer"][];
            }[];
            lastRuns: components["schemas"]["Promotion"][];
        };
        StagePointer: {
            partition: string;
            version: number;
            previous?: number;
            movedAt: string;
            movedBy: string;
            /** @enum {string} */
            reason: "promotion" | "rollback";
        };
        Promotion: {
            id: string;
            dataset: string;
            team: string;
            /** @enum {string} */
            from: "landing" | "bronze" | "silver" | "gold";
            /** @enum {string} */
            to: "landing" | "bronze" | "silver" | "gold";
            partitions: string[];
            /** @enum {string} */
            status: "RUNNING" | "SUCCEEDED" | "FAILED" | "PARTIAL" | "CANCELLED";
            results: {
                [key: string]: components["schemas"]["PartitionResult"];
            };
            requestedBy: string;
            /** @enum {string} */
            trigger: "api" | "landing";
            /** @description The Step Functions execution running it (a landing's bronze and silver runs share one) */
            execution?: string;
            createdAt: string;
            updatedAt: string;
        };
        PartitionResult: {
            partition: string;
            /**
             * @description EMPTY: the input had no rows (e.g. a header-only CSV); nothing was published. CANCELLED: the run was cancelled before this partition finished; nothing was published
             * @enum {string}
             */
            status: "RUNNING" | "SUCCEEDED" | "FAILED" | "EMPTY" | "CANCELLED";
            version?: number;
            /** @description a re-run: the version an identical promotion wrote before */
            reused?: boolean;
            report?: components["schemas"]["QualityReport"];
            failedChecks?: string[];
            error?: string;
            /** @description why an EMPTY partition published nothing */
            note?: string;
            durationMs?: number;
        };
        QualityReport: {
            /** @enum {string} */
            outcome: "passed" | "failed";
            inputRows: number;
            /** @description exact copies of another row, folded into one */
            duplicateRows: number;
            quarantinedRows: number;
            publishedRows: number;
            checks: components["schemas"]["CheckResult"][];
            failedChecks: string[];
            missingColumns: string[];
            extraColumns: string[];
        };
        CheckResult: {
            id: string;
            kind: string;
            /** @enum {string} */
            severity: "warn" | "quarantine" | "fail";
            /** @enum {string} */
            status: "passed" | "warned" | "quarantined" | "failed";
            failingRows?: number;
            detail: string;
        };
        DatasetServiceChange: {
            /** @description A service of the dataset's team, or null for none */
            service: string | null;
        };
        ContractChange: {
            contract: {
                columns: {
                    name: string;
                    /** @enum {string} */
                    type: "string" | "integer" | "bigint" | "decimal" | "double" | "boolean" | "date" | "timestamp";
                    /** @default true */
                    nullable: boolean;
                    /** @description decimal only: digits in all (18 when left out) */
                    precision?: number;
                    /** @description decimal only: digits after the point (2 when left out) */
                    scale?: number;
                    /** @default true */
                    trim: boolean;
                    /**
                     * @default keep
                     * @enum {string}
                     */
                    case: "keep" | "lower" | "upper";
                    /** @default true */
                    emptyAsNull: boolean;
                    description?: string;
                }[];
                primaryKey: string[];
                /**
                 * @default quarantine
                 * @enum {string}
                 */
                typeErrors: "quarantine" | "fail";
                /** @default [] */
                checks: ({
                    /** @description a name for the check; derived from kind and column when left out */
                    id?: string;
                    /** @enum {string} */
                    kind: "not_null";
                    column: string;
                    /**
                     * @default quarantine
                     * @enum {string}
                     */
                    severity: "warn" | "quarantine" | "fail";
                } | {
                    /** @description a name for the check; derived from kind and column when left out */
                    id?: string;
                    /** @enum {string} */
                    kind: "unique";
                    columns: string[];
                    /**
                     * @default quarantine
                     * @enum {string}
                     */
                    severity: "warn" | "quarantine" | "fail";
                } | {
                    /** @description a name for the check; derived from kind and column when left out */
                    id?: string;
                    /** @enum {string} */
                    kind: "range";
                    column: string;
                    min?: number;
                    max?: number;
                    /**
                     * @default quarantine
                     * @enum {string}
                     */
                    severity: "warn" | "quarantine" | "fail";
                } | {
                    /** @description a name for the check; derived from kind and column when left out */
                    id?: string;
                    /** @enum {string} */
                    kind: "allowed_values";
                    column: string;
                    values: string[];
                    /**
                     * @default quarantine
                     * @enum {string}
                     */
                    severity: "warn" | "quarantine" | "fail";
                } | {
                    /** @description a name for the check; derived from kind and column when left out */
                    id?: string;
                    /** @enum {string} */
                    kind: "regex";
                    column: string;
                    pattern: string;
                    /**
                     * @default quarantine
                     * @enum {string}
                     */
                    severity: "warn" | "quarantine" | "fail";
                } | {
                    /** @description a name for the check; derived from kind and column when left out */
                    id?: string;
                    /** @enum {string} */
                    kind: "reference";
                    column: string;
                    /** @description the referenced dataset; its current silver version is read */
                    dataset: string;
                    referencedColumn: string;
                    /**
                     * @default quarantine
                     * @enum {string}
                     */
                    severity: "warn" | "quarantine" | "fail";
                } | {
                    /** @description a name for the check; derived from kind and column when left out */
                    id?: string;
                    /** @enum {string} */
                    kind: "row_count";
                    min?: number;
                    max?: number;
                    /**
                     * @default fail
                     * @enum {string}
                     */
                    severity: "warn" | "fail";
                } | {
                    /** @description a name for the check; derived from kind and column when left out */
                    id?: string;
                    /** @enum {string} */
                    kind: "freshness";
                    column: string;
                    maxAgeHours: number;
                    /**
                     * @default warn
                     * @enum {string}
                     */
                    severity: "warn" | "fail";
                } | {
                    /** @description a name for the check; derived from kind and column when left out */
                    id?: string;
                    /** @enum {string} */
                    kind: "schema_drift";
                    /**
                     * @default drift
                     * @enum {string}
                     */
                    extraColumns: "ignore" | "drift";
                    /**
                     * @default fail
                     * @enum {string}
                     */
                    severity: "warn" | "fail";
                })[];
            };
            /**
             * @description accept a breaking change (owner team only)
             * @default false
             */
            force: boolean;
        };
        ContractPreview: {
            /** @description The version saving it would make */
            contractVersion: number;
            columns: {
                column: string;
                /** @enum {string} */
                change: "added" | "removed" | "changed";
                before?: string;
                after?: string;
            }[];
            /** @description What would break readers; saving then needs force: true */
            breaking: string[];
        };
        PromotionRequest: {
            /**
             * @description implied by `to`; when given it must be the stage below `to`
             * @enum {string}
             */
            from?: "landing" | "bronze" | "silver" | "gold";
            /** @enum {string} */
            to: "bronze" | "silver" | "gold";
            partition?: string;
            /** @description a backfill: dates, inclusive */
            range?: {
                from: string;
                to: string;
            };
            /** @description a backfill: these partitions */
            partitions?: string[];
        };
        PromotionList: {
            items: components["schemas"]["Promotion"][];
            cursor?: string;
        };
        VersionList: {
            items: components["schemas"]["DataVersion"][];
        };
        DataVersion: {
            /** @description lower-case letters, digits and _, e.g. orders */
            dataset: string;
            /** @enum {string} */
            stage: "landing" | "bronze" | "silver" | "gold";
            partition: string;
            version: number;
            prefix: string;
            files: string[];
            contentHash: string;
            inputs: {
                /** @enum {string} */
                stage: "landing" | "bronze" | "silver" | "gold";
                version: number;
                contentHash: string;
            }[];
            contractVersion: number;
            rows: number;
            /** @default 0 */
            quarantinedRows: number;
            quarantineFiles?: string[];
            schema?: {
                name: string;
                type: string;
            }[];
            /** @enum {string} */
            engine?: "duckdb" | "athena";
            report?: components["schemas"]["QualityReport"];
            promotionId: string;
            durationMs: number;
            createdAt: string;
        };
        QuarantineList: {
            items: components["schemas"]["Quarantined"][];
        };
        Quarantined: {
            partition: string;
            version: number;
            contractVersion: number;
            rows: number;
            byCheck: {
                [key: string]: number;
            };
            /** @description Parquet: the rows as they arrived, plus `_plinth_reasons` */
            files: string[];
        };
        QuarantineRows: {
            items: {
                [key: string]: unknown;
            }[];
            /** @description rows set aside */
            total: number;
            /** @description rows listable here (the first 10,000; all are in the Parquet file) */
            listed?: number;
            version?: number;
        };
        Reprocess: {
            /** @description default: every partition whose current silver version set rows aside */
            partitions?: string[];
        };
        Rollback: {
            partition: string;
            version: number;
        };
        Insights: {
            team: string;
            from: string;
            to: string;
            provisioning: {
                requests: number;
                byStatus: {
                    [key: string]: number;
                };
                /** @description request → resources ready, for requests that succeeded */
                leadTimeSeconds: {
                    count: number;
                    p50: number;
                    p95: number;
                } | null;
                byTemplate: {
                    template: string;
                    requests: number;
                    succeeded: number;
                    failed: number;
                    /** @description failed / (succeeded + failed); 0 when none ended */
                    failureRate: number;
                }[];
                /** @description what the team's budget holds now, all time: the estimated monthly cost of its live resources, of requests waiting, and of failed ones it may retry */
                monthlyCommittedUsd: number;
                monthlyBudgetUsd: number;
            };
            promotions: {
                byDataset: {
                    dataset: string;
                    runs: number;
                    succeeded: number;
                    successRate: number;
                    rowsIn: number;
                    rowsQuarantined: number;
                    /** @description rows set aside / rows in */
                    quarantineRate: number;
                }[];
            };
            incidents: {
                opened: number;
                resolved: number;
                escalated: number;
                healedAutomatically: number;
                /** @description healed automatically / resolved; 0 when none resolved */
                healedShare: number;
                /** @description seconds; null when nothing in the window */
                timeToResolveSeconds: {
                    count: number;
                    p50: number;
                    p95: number;
                } | null;
            };
            /** @description DORA's delivery metrics over the team's production deployments */
            delivery: {
                scope: {
                    service?: string;
                    team?: string;
                };
                from: string;
                to: string;
                /** @enum {string} */
                environment: "production";
                deploymentFrequency: {
                    deployments: number;
                    perWeek: number;
                    /** @description The deployments behind the number */
                    ids: number[];
                };
                changeLeadTime: {
                    medianHours: number | null;
                    p90Hours: number | null;
                    samples: number;
                    /** @description The deployments behind the number */
                    ids: number[];
                };
                changeFailRate: {
                    failed: number;
                    total: number;
                    rate: number | null;
                    /** @description The deployments behind the number */
                    ids: number[];
                };
                recoveryTime: {
                    medianHours: number | null;
                    samples: number;
                    /** @description The deployments behind the number */
                    ids: number[];
                };
                reworkRate: {
                    rework: number;
                    total: number;
                    rate: number | null;
                    /** @description The deployments behind the number */
                    ids: number[];
                };
                weeks: {
                    start: string;
                    deployments: number;
                    failed: number;
                    medianLeadHours: number | null;
                }[];
            };
            /** @description what this answer cost to compute */
            cost: {
                queries: number;
                itemsRead: number;
                /** @description DynamoDB read capacity units this answer consumed */
                readUnits: number;
                /** @description a kind had more than 2000 records in the window: narrow it */
                truncated: boolean;
            };
        };
        CostReport: {
            team: string;
            from: string;
            to: string;
            /** @enum {string} */
            currency: "USD";
            /** @description measured spend in the window */
            actualUsd: number;
            /** @description some of it may still change (AWS has not closed the month) */
            estimated: boolean;
            daily: {
                day: string;
                /** @description US dollars */
                actualUsd: number;
                /** @description the day's share of the monthly estimates of the requests that had spend */
                estimateUsd: number;
                estimated: boolean;
            }[];
            groups: {
                /** @description a request id, a service id (or "(none)"), or a day */
                key: string;
                request?: string;
                name?: string;
                template?: string;
                service?: string;
                status?: string;
                /** @description measured spend in the window */
                actualUsd: number;
                /** @description the plans' estimate (null for a day, or spend without a request) */
                estimateMonthlyUsd: number | null;
                /** @description the measured daily run rate (last 7 complete days) × 365/12 */
                measuredMonthlyUsd: number;
                drift: {
                    /** @description measured / estimate */
                    ratio: number | null;
                    /** @description off by half the estimate and a dollar a month, at least */
                    flagged: boolean;
                } | null;
            }[];
            budget: {
                month: string;
                /** @description US dollars */
                monthlyBudgetUsd: number;
                /** @description US dollars */
                monthToDateUsd: number;
                /** @description month to date + the daily run rate for each day left */
                forecastUsd: number;
                /** @enum {string} */
                forecastMethod: "daily-run-rate";
                crossed: {
                    /** @enum {string} */
                    basis: "actual" | "forecast";
                    percent: number;
                }[];
            };
            /** @description the newest day with measured spend */
            dataThrough: string | null;
            /** @description when Cost Explorer was last read */
            readAt: string | null;
        };
        RecommendationList: {
            team: string;
            items: components["schemas"]["Recommendation"][];
            /** @description recommendations OPEN now */
            open: number;
            /** @description what applying every OPEN one would save a month */
            monthlySavingUsd: number;
        };
        Recommendation: {
            id: string;
            team: string;
            service?: string;
            /** @description the provisioning request whose resource it is */
            request: string;
            name: string;
            template: string;
            environment: string;
            /** @enum {string} */
            kind: "idle";
            title: string;
            reason: string;
            evidence: {
                /** Format: date-time */
                from: string;
                /** Format: date-time */
                to: string;
                periodSeconds: number;
                metrics: {
                    namespace: string;
                    name: string;
                    stat: string;
                    dimensions: {
                        [key: string]: string;
                    };
                    /** @description days with a datapoint (the others count as zero) */
                    datapoints: number;
                    total: number;
                    /** @description the datapoints, oldest first */
                    daily: {
                        /** Format: date */
                        day: string;
                        value: number;
                    }[];
                }[];
            };
            action: {
                /** @enum {string} */
                kind: "destroy";
                summary: string;
            };
            saving: {
                /** @description the larger of the two below: what removing it frees */
                monthlyUsd: number;
                /** @description its plan's estimate (released from the team's budget) */
                estimateMonthlyUsd: number;
                /** @description what it measurably costs (Cost Explorer, last 7 complete days) */
                measuredMonthlyUsd: number;
            };
            /** @enum {string} */
            status: "OPEN" | "SNOOZED" | "DISMISSED" | "APPLIED" | "RESOLVED";
            /** Format: date-time */
            snoozedUntil?: string;
            dismissal?: {
                by: string;
                /** Format: date-time */
                at: string;
                reason: string;
            };
            applied?: {
                by: string;
                /** Format: date-time */
                at: string;
                change: string;
            };
            /** @description why it is RESOLVED */
            resolution?: string;
            history: {
                /** Format: date-time */
                at: string;
                actor: string;
                /** @enum {string} */
                action: "opened" | "updated" | "applied" | "dismissed" | "snoozed" | "reopened" | "resolved";
                message: string;
            }[];
            /** Format: date-time */
            openedAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        AppliedRecommendation: {
            recommendation: components["schemas"]["Recommendation"];
            /** @description the request now awaiting a destroy approval */
            request: {
                id: string;
                status: string;
            };
        };
        Service: {
            id: string;
            team: string;
            name: string;
            description: string;
            /** @enum {string} */
            type: "service" | "website" | "library" | "data-pipeline" | "api" | "worker" | "other";
            /** @enum {string} */
            lifecycle: "experimental" | "production" | "deprecated";
            tier: number;
            repository?: components["schemas"]["ServiceRepository"];
            system?: string;
            links: {
                title: string;
                url: string;
            }[];
            tags: string[];
            /** @description Bumped by every change; send it back as If-Match */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            createdBy: string;
            updatedBy: string;
        };
        ServiceRepository: {
            /** @enum {string} */
            provider: "github";
            owner: string;
            name: string;
        };
        CreateService: {
            id: string;
            /** @description The owner team; required when you belong to several */
            team?: string;
            /** @description How people call it; the id when left out */
            name?: string;
            /** @default  */
            description: string;
            /**
             * @default service
             * @enum {string}
             */
            type: "service" | "website" | "library" | "data-pipeline" | "api" | "worker" | "other";
            /**
             * @default experimental
             * @enum {string}
             */
            lifecycle: "experimental" | "production" | "deprecated";
            /**
             * @description 1 = most critical, 3 = least
             * @default 3
             */
            tier: number;
            repository?: components["schemas"]["ServiceRepository"];
            /** @description A larger system it belongs to (Backstage's spec.system) */
            system?: string;
            /** @default [] */
            links: {
                title: string;
                /** Format: uri */
                url: string;
            }[];
            /** @default [] */
            tags: string[];
        };
        ServiceList: {
            items: components["schemas"]["Service"][];
            /** @description Pass as ?cursor= for the next page */
            cursor?: string;
            /** @description DynamoDB reads this page took */
            reads: number;
        };
        ScorecardList: {
            /** @description Most rules passed first */
            items: components["schemas"]["Scorecard"][];
            cursor?: string;
            reads: number;
        };
        Scorecard: {
            service: string;
            /**
             * @description The highest level whose rules (and those below) all pass
             * @enum {string|null}
             */
            level: "bronze" | "silver" | "gold" | null;
            passed: number;
            total: number;
            rules: {
                rule: string;
                title: string;
                /** @enum {string} */
                level: "bronze" | "silver" | "gold";
                /** @enum {string} */
                status: "pass" | "fail" | "not-applicable";
                reason: string;
                /** @description What to do to pass (failures only) */
                fix?: string;
            }[];
        };
        ServiceImportResult: {
            applied: boolean;
            documents: {
                document: number;
                kind: string;
                name: string;
                /** @enum {string} */
                outcome: "create" | "change" | "unchanged" | "skipped" | "refused";
                /** @description The fields a change sets */
                changes?: string[];
                reason?: string;
                problems: {
                    field: string;
                    message: string;
                }[];
            }[];
        };
        ServicePage: {
            service: components["schemas"]["Service"];
            resources: {
                items: {
                    requestId: string;
                    name: string;
                    template: string;
                    environment: string;
                    status: string;
                    stackName: string;
                    monthlyUsd: number;
                    expiresAt?: string;
                }[];
                /** @description The live resources' planned monthly cost, summed */
                monthlyUsd: number;
            };
            datasets: {
                items: {
                    id: string;
                    description: string;
                    contractVersion: number;
                    current: {
                        /** @enum {string} */
                        stage: "landing" | "bronze" | "silver" | "gold";
                        partitions: number;
                        newest?: {
                            partition: string;
                            version: number;
                        };
                    }[];
                }[];
            };
            incidents: {
                open: {
                    id: string;
                    /** @enum {string} */
                    status: "OPEN" | "AWAITING_APPROVAL" | "ACTING" | "VERIFYING" | "ESCALATED" | "RESOLVED";
                    summary: string;
                    alarm: string;
                    resource: string;
                    createdAt: string;
                    updatedAt: string;
                }[];
                recent: {
                    id: string;
                    /** @enum {string} */
                    status: "OPEN" | "AWAITING_APPROVAL" | "ACTING" | "VERIFYING" | "ESCALATED" | "RESOLVED";
                    summary: string;
                    alarm: string;
                    resource: string;
                    createdAt: string;
                    updatedAt: string;
                }[];
            };
            scorecard: components["schemas"]["Scorecard"];
            /** @description DynamoDB reads this answer took (each kind is bounded to its newest 25) */
            reads: number;
        };
        ServiceDocs: {
            service: string;
            repository: {
                owner: string;
                name: string;
            };
            /** @description The default branch it was read from */
            branch: string;
            /** @description The commit read: relative links and images resolve against it */
            sha: string;
            /** @description The repository's web page (`<htmlUrl>/blob/<sha>/<path>` for a file) */
            htmlUrl: string;
            path: string;
            markdown: string;
            /** @description The page is larger than 512 KiB and was cut there */
            truncated: boolean;
            /** @description Every page there is to read: README.md, then docs/*.md */
            pages: string[];
            /** @description Answered from the cache of that commit (GitHub was asked only for the branch head) */
            cached: boolean;
        };
        ServiceDescriptor: {
            /** @enum {string} */
            fileName: "catalog-info.yaml";
            yaml: string;
        };
        ServicePatch: {
            /** @description How people call it; the id when left out */
            name?: string;
            description?: string;
            /** @enum {string} */
            type?: "service" | "website" | "library" | "data-pipeline" | "api" | "worker" | "other";
            /** @enum {string} */
            lifecycle?: "experimental" | "production" | "deprecated";
            /** @description 1 = most critical, 3 = least */
            tier?: number;
            repository?: {
                provider: string;
                owner: string;
                name: string;
            } | null;
            /** @description A larger system it belongs to (Backstage's spec.system) */
            system?: string | null;
            links?: {
                title: string;
                /** Format: uri */
                url: string;
            }[];
            tags?: string[];
        };
        PipelinePlan: {
            serviceId: string;
            template: {
                id: string;
                version: string;
                contentHash: string;
                title: string;
            };
            repository: {
                owner: string;
                name: string;
                defaultBranch: string;
            };
            workflowPath: string;
            yaml: string;
            lint: {
                tool: string;
                findings: {
                    line: number;
                    column: number;
                    kind: string;
                    message: string;
                }[];
            };
            roles: {
                /** @enum {string} */
                environment: "dev" | "staging" | "production";
                /** @enum {string} */
                template: "github-deploy-role";
                /** @description The OIDC subject the role trusts, exactly */
                subject: string;
                /** @enum {string} */
                approval: "required" | "not-required";
            }[];
            environments: {
                /** @enum {string} */
                name: "dev" | "staging" | "production";
                protectedBranchesOnly: boolean;
            }[];
            pullRequest: {
                branch: string;
                title: string;
                body: string;
            };
        };
        Pipeline: {
            id: string;
            serviceId: string;
            team: string;
            createdBy: string;
            repository: {
                owner: string;
                name: string;
                defaultBranch: string;
                cloneUrl?: string;
                htmlUrl?: string;
            };
            installationId: number;
            parameters: {
                [key: string]: unknown;
            };
            tags: {
                [key: string]: string;
            };
            environments: ("dev" | "staging" | "production")[];
            region: string;
            workflowPath: string;
            /** @enum {string} */
            status: "SETTING_UP" | "AWAITING_MERGE" | "ACTIVE" | "UPGRADING" | "FAILED" | "CANCELLED" | "CLOSED";
            change: {
                /** @enum {string} */
                kind: "setup" | "upgrade";
                template: {
                    id: string;
                    version: string;
                    contentHash: string;
                };
                branch: string;
                pullRequest?: {
                    number: number;
                    url: string;
                };
                commit?: string;
            };
            live?: {
                id: string;
                version: string;
                contentHash: string;
                mergedAt: string;
                pullRequest: {
                    number: number;
                    url: string;
                };
            };
            roles: {
                /** @enum {string} */
                environment: "dev" | "staging" | "production";
                requestId: string;
                status?: string;
                roleArn?: string;
            }[];
            attempt: number;
            execution?: string;
            failure?: {
                step: string;
                error: string;
                cause: string;
            };
            timeline: {
                at: string;
                step: string;
                /** @enum {string} */
                status: "SETTING_UP" | "AWAITING_MERGE" | "ACTIVE" | "UPGRADING" | "FAILED" | "CANCELLED" | "CLOSED";
                message: string;
                actor?: string;
            }[];
            version: number;
            createdAt: string;
            updatedAt: string;
            upgradeAvailable?: string;
        };
        CreatePipeline: {
            /** @description A pipeline template id, e.g. node-lambda-sst */
            template: string;
            /** @description Pin an older version of the template (newest when absent) */
            templateVersion?: string;
            /**
             * @description The template's parameters (its JSON Schema)
             * @default {}
             */
            parameters: {
                [key: string]: unknown;
            };
            /**
             * @description Tags of the deploy roles it provisions: owner (e-mail) and cost-center (CC-1234) are required
             * @default {}
             */
            tags: {
                [key: string]: string;
            };
        };
        PipelineList: {
            items: components["schemas"]["Pipeline"][];
        };
        PipelineTemplateList: {
            items: components["schemas"]["PipelineTemplate"][];
        };
        PipelineTemplate: {
            id: string;
            version: string;
            versions: string[];
            title: string;
            description: string;
            /** @description JSON Schema of the parameters */
            parameters: {
                [key: string]: unknown;
            };
        };
        GitHubConnection: {
            team: string;
            owner: string;
            installation: number;
        };
        GitHubConnectionList: {
            items: {
                owner: string;
                installation: number;
                by: string;
                at: string;
            }[];
        };
        PipelineRun: {
            pipelineId: string;
            serviceId: string;
            team: string;
            repository: {
                owner: string;
                name: string;
            };
            runId: number;
            attempt: number;
            runNumber?: number;
            workflowPath: string;
            name: string;
            headSha: string;
            headBranch: string;
            event: string;
            /** @enum {string} */
            status: "requested" | "pending" | "waiting" | "queued" | "in_progress" | "completed";
            conclusion: string | null;
            url: string;
            createdAt: string;
            startedAt?: string;
            updatedAt: string;
            completedAt?: string;
            actor?: string;
            commitAt?: string;
            title?: string;
            dispatchedBy?: string;
            jobs: {
                id: number;
                name: string;
                /** @enum {string} */
                status: "requested" | "pending" | "waiting" | "queued" | "in_progress" | "completed";
                conclusion: string | null;
                startedAt: string;
                completedAt?: string;
                url?: string;
                steps: {
                    number: number;
                    name: string;
                    status: string;
                    conclusion: string | null;
                }[];
            }[];
        };
        DispatchRun: {
            /** @description The branch to run on (the pipeline's default branch when absent) */
            ref?: string;
        };
        PipelineRunList: {
            items: components["schemas"]["PipelineRun"][];
        };
        Dora: {
            scope: {
                service?: string;
                team?: string;
            };
            from: string;
            to: string;
            /** @enum {string} */
            environment: "production";
            deploymentFrequency: {
                deployments: number;
                perWeek: number;
                /** @description The deployments behind the number */
                ids: number[];
            };
            changeLeadTime: {
                medianHours: number | null;
                p90Hours: number | null;
                samples: number;
                /** @description The deployments behind the number */
                ids: number[];
            };
            changeFailRate: {
                failed: number;
                total: number;
                rate: number | null;
                /** @description The deployments behind the number */
                ids: number[];
            };
            recoveryTime: {
                medianHours: number | null;
                samples: number;
                /** @description The deployments behind the number */
                ids: number[];
            };
            reworkRate: {
                rework: number;
                total: number;
                rate: number | null;
                /** @description The deployments behind the number */
                ids: number[];
            };
            weeks: {
                start: string;
                deployments: number;
                failed: number;
                medianLeadHours: number | null;
            }[];
        };
        DeploymentList: {
            items: components["schemas"]["Deployment"][];
        };
        Deployment: {
            id: number;
            pipelineId: string;
            serviceId: string;
            team: string;
            repository: {
                owner: string;
                name: string;
            };
            environment: string;
            sha: string;
            ref: string;
            runId?: number;
            runAttempt?: number;
            commitAt?: string;
            creator?: string;
            /** @enum {string} */
            state: "pending" | "queued" | "waiting" | "in_progress" | "success" | "failure" | "error" | "inactive";
            /** @enum {string} */
            outcome?: "success" | "failure" | "error";
            environmentUrl?: string;
            logUrl?: string;
            description?: string;
            createdAt: string;
            startedAt?: string;
            finishedAt?: string;
        };
        DeploymentApprovalList: {
            items: components["schemas"]["DeploymentApproval"][];
        };
        DeploymentApproval: {
            id: string;
            deploymentId: number;
            pipelineId: string;
            serviceId: string;
            team: string;
            repository: {
                owner: string;
                name: string;
            };
            environment: string;
            sha: string;
            ref: string;
            runId?: number;
            event: string;
            requestedBy: string;
            dispatchedBy?: string;
            previous?: {
                environment: string;
                deploymentId?: number;
                succeeded: boolean;
            };
            /** @enum {string} */
            status: "WAITING" | "APPROVED" | "REJECTED" | "EXPIRED" | "REFUSED";
            reason: string;
            decidedBy?: string;
            decidedAt?: string;
            comment?: string;
            answeredAt?: string;
            answerFailed?: string;
            expiresAt: string;
            execution?: string;
            timeline: {
                at: string;
                message: string;
                actor?: string;
            }[];
            version: number;
            createdAt: string;
            updatedAt: string;
            /** @description The workflow waits for a decision now (a WAITING approval is briefly not yet decidable while it opens) */
            decidable: boolean;
        };
        GateDecision: {
            /** @description The commit you approve: it must be the one waiting (an approval never moves to another commit) */
            sha: string;
            /** @description The environment you approve it for */
            environment: string;
            comment?: string;
        };
        GateRejection: {
            /** @description Shown in GitHub on the deployment */
            reason: string;
        };
        DeployFreezeList: {
            items: components["schemas"]["DeployFreeze"][];
        };
        DeployFreeze: {
            scope: "platform" | string;
            reason: string;
            by: string;
            at: string;
            until?: string;
        };
        SetDeployFreeze: {
            /** @description Shown to whoever's deploy is refused, in GitHub and in Plinth */
            reason: string;
            /**
             * Format: date-time
             * @description When it lifts by itself (it stays until lifted when absent)
             */
            until?: string;
        };
        WebhookDelivery: {
            id: string;
            event: string;
            action?: string;
            hookId?: string;
            fact: {
                /** @enum {string} */
                kind: "pull-closed";
                repository: {
                    owner: string;
                    name: string;
                };
                number: number;
                url: string;
                branch: string;
                merged: boolean;
                mergeCommitSha?: string;
            } | {
                /** @enum {string} */
                kind: "run";
                repository: {
                    owner: string;
                    name: string;
                };
                runId: number;
                attempt: number;
                runNumber: number;
                workflowPath: string;
                name: string;
                headSha: string;
                headBranch: string;
                event: string;
                /** @enum {string} */
                status: "requested" | "pending" | "waiting" | "queued" | "in_progress" | "completed";
                /** @enum {string|null} */
                conclusion: "success" | "failure" | "neutral" | "cancelled" | "timed_out" | "action_required" | "stale" | "skipped" | "startup_failure" | null;
                url: string;
                createdAt: string;
                updatedAt: string;
                startedAt?: string;
                actor?: string;
                commitAt?: string;
                title?: string;
            } | {
                /** @enum {string} */
                kind: "job";
                repository: {
                    owner: string;
                    name: string;
                };
                runId: number;
                attempt: number;
                jobId: number;
                name: string;
                headSha: string;
                /** @enum {string} */
                status: "queued" | "in_progress" | "completed" | "waiting" | "requested" | "pending";
                /** @enum {string|null} */
                conclusion: "success" | "failure" | "neutral" | "cancelled" | "timed_out" | "action_required" | "stale" | "skipped" | "startup_failure" | null;
                startedAt: string;
                completedAt?: string;
                url?: string;
                steps: {
                    number: number;
                    name: string;
                    status: string;
                    conclusion: string | null;
                }[];
            } | {
                /** @enum {string} */
                kind: "deployment";
                repository: {
                    owner: string;
                    name: string;
                };
                deploymentId: number;
                environment: string;
                sha: string;
                ref: string;
                createdAt: string;
                creator?: string;
                runId?: number;
                runAttempt?: number;
                workflowPath?: string;
                status?: {
                    id: number;
                    /** @enum {string} */
                    state: "pending" | "queued" | "in_progress" | "success" | "failure" | "error" | "inactive" | "waiting";
                    at: string;
                    environmentUrl?: string;
                    logUrl?: string;
                    description?: string;
                };
            } | {
                /** @enum {string} */
                kind: "gate-requested";
                repository: {
                    owner: string;
                    name: string;
                };
                installationId: number;
                environment: string;
                event: string;
                callbackUrl: string;
                runId?: number;
                deploymentId: number;
                sha: string;
                ref: string;
                creator?: string;
            };
            /** @enum {string} */
            status: "RECEIVED" | "PROCESSED" | "IGNORED" | "FAILED";
            receivedAt: string;
            received: number;
            claims: number;
            leaseUntil?: string;
            processedAt?: string;
            outcome?: string;
            lastError?: string;
            version: number;
        };
        WebhookReceived: {
            /** @description GitHub's X-GitHub-Delivery */
            delivery: string;
            /** @enum {string} */
            status: "accepted" | "duplicate" | "ignored" | "pong";
            detail: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Up */
            200: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ok",
                     *       "version": "local"
                     *     }
                     */
                    "application/json": components["schemas"]["Health"];
                };
            };
        };
    };
    getIndex: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Links to the API's resources */
            200: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "links": {
                     *         "me": "/v1/me",
                     *         "templates": "/v1/templates",
                     *         "provisioningRequests": "/v1/provisioning-requests",
                     *         "incidents": "/v1/incidents",
                     *         "runbooks": "/v1/runbooks",
                     *         "remediationStatus": "/v1/remediation/status",
                     *         "datasets": "/v1/datasets",
                     *         "openapi": "/openapi.json",
                     *         "docs": "/docs"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Index"];
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description You */
            200: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    /** @description The resource's version: send it back as If-Match to change it safely */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "sub": "alice",
                     *       "teams": [
                     *         "payments"
                     *       ],
                     *       "roles": [
                     *         "developer"
                     *       ],
                     *       "profile": {
                     *         "sub": "alice",
                     *         "displayName": "Alice Payne",
                     *         "email": "alice@example.com",
                     *         "slackHandle": "@alice",
                     *         "version": 1,
                     *         "createdAt": "2026-12-06T16:32:58.700Z",
                     *         "updatedAt": "2026-12-06T16:32:58.700Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateMe: {
        parameters: {
            query?: never;
            header?: {
                "if-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "displayName": "Alice Payne",
                 *       "slackHandle": "@alice"
                 *     }
                 */
                "application/json": components["schemas"]["ProfilePatch"];
            };
        };
        responses: {
            /** @description Your updated profile */
            200: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    /** @description The resource's version: send it back as If-Match to change it safely */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "sub": "alice",
                     *       "teams": [
                     *         "payments"
                     *       ],
                     *       "roles": [
                     *         "developer"
                     *       ],
                     *       "profile": {
                     *         "sub": "alice",
                     *         "displayName": "Alice Payne",
                     *         "email": "alice@example.com",
                     *         "slackHandle": "@alice",
                     *         "version": 2,
                     *         "createdAt": "2026-12-06T16:32:58.700Z",
                     *         "updatedAt": "2026-12-06T16:38:53.634Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description malformed_json */
            400: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description version_conflict */
            412: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unsupported_media_type */
            415: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description validation_failed */
            422: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTemplates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The templates */
            200: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "s3-bucket",
                     *           "version": "1.2.0",
                     *           "title": "S3 bucket",
                     *           "description": "A private S3 bucket: public access blocked, TLS enforced by bucket policy, SSE-S3 or SSE-KMS encryption, versioning and lifecycle rules for old versions.",
                     *           "risk": "low",
                     *           "resourceTypes": [
                     *             "AWS::S3::Bucket",
                     *             "AWS::S3::BucketPolicy",
                     *             "AWS::KMS::Key"
                     *           ],
                     *           "exampleMonthlyUsd": 2.05
                     *         },
                     *         {
                     *           "id": "sqs-queue",
                     *           "version": "1.1.0",
                     *           "title": "SQS queue with dead-letter queue",
                     *           "description": "An SQS queue (standard or FIFO) encrypted with SQS-managed keys, with a dead-letter queue, a redrive policy after maxReceiveCount receives, and a redrive-allow policy so only its queue can use the DLQ.",
                     *           "risk": "low",
                     *           "resourceTypes": [
                     *             "AWS::SQS::Queue"
                     *           ],
                     *           "exampleMonthlyUsd": 6
                     *         },
                     *         {
                     *           "id": "dynamodb-table",
                     *           "version": "1.0.0",
                     *           "title": "DynamoDB table",
                     *           "description": "A DynamoDB table, on-demand or provisioned, encrypted, with point-in-time recovery, an optional TTL attribute and optional deletion protection.",
                     *           "risk": "medium",
                     *           "resourceTypes": [
                     *             "AWS::DynamoDB::Table"
                     *           ],
                     *           "exampleMonthlyUsd": 2.33
                     *         },
                     *         {
                     *           "id": "lambda-service",
                     *           "version": "1.1.0",
                     *           "title": "Lambda service",
                     *           "description": "A Lambda function from code in S3, with its own execution role (logs only), a log group with retention, and a CloudWatch alarm on errors. It creates an IAM role, so production requests need an approval.",
                     *           "risk": "high",
                     *           "resourceTypes": [
                     *             "AWS::IAM::Role",
                     *             "AWS::Logs::LogGroup",
                     *             "AWS::Lambda::Function",
                     *             "AWS::CloudWatch::Alarm"
                     *           ],
                     *           "exampleMonthlyUsd": 1.47
                     *         },
                     *         {
                     *           "id": "github-deploy-role",
                     *           "version": "1.0.0",
                     *           "title": "GitHub Actions deploy role",
                     *           "description": "An IAM role a repository's GitHub Actions environment assumes through OIDC (no stored keys), limited to the resources of one catalog service. It creates an IAM role, so production requests need an approval.",
                     *           "risk": "high",
                     *           "resourceTypes": [
                     *             "AWS::IAM::Role"
                     *           ],
                     *           "exampleMonthlyUsd": 0
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["TemplateSummary"][];
                    };
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The template */
            200: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "sqs-queue",
                     *       "version": "1.1.0",
                     *       "title": "SQS queue with dead-letter queue",
                     *       "description": "An SQS queue (standard or FIFO) encrypted with SQS-managed keys, with a dead-letter queue, a redrive policy after maxReceiveCount receives, and a redrive-allow policy so only its queue can use the DLQ.",
                     *       "risk": "low",
                     *       "resourceTypes": [
                     *         "AWS::SQS::Queue"
                     *       ],
                     *       "exampleMonthlyUsd": 6,
                     *       "parameters": {
                     *         "$schema": "https://json-schema.org/draft/2020-12/schema",
                     *         "type": "object",
                     *         "properties": {
                     *           "fifo": {
                     *             "default": false,
                     *             "description": "Exactly-once, ordered delivery (FIFO queue and FIFO dead-letter queue)",
                     *             "type": "boolean"
                     *           },
                     *           "visibilityTimeoutSeconds": {
                     *             "default": 30,
                     *             "type": "integer",
                     *             "minimum": 0,
                     *             "maximum": 43200
                     *           },
                     *           "messageRetentionDays": {
                     *             "default": 4,
                     *             "type": "integer",
                     *             "minimum": 1,
                     *             "maximum": 14
                     *           },
                     *           "maxReceiveCount": {
                     *             "default": 5,
                     *             "description": "Receives before a message moves to the dead-letter queue",
                     *             "type": "integer",
                     *             "minimum": 1,
                     *             "maximum": 1000
                     *           },
                     *           "deadLetterRetentionDays": {
                     *             "default": 14,
                     *             "type": "integer",
                     *             "minimum": 1,
                     *             "maximum": 14
                     *           },
                     *           "expectedMessagesPerMonth": {
                     *             "default": 1000000,
                     *             "description": "For the cost estimate",
                     *             "type": "integer",
                     *             "minimum": 0,
                     *             "maximum": 9007199254740991
                     *           }
                     *         },
                     *         "additionalProperties": false
                     *       },
                     *       "example": {
                     *         "parameters": {
                     *           "fifo": false,
                     *           "visibilityTimeoutSeconds": 60,
                     *           "maxReceiveCount": 5,
                     *           "expectedMessagesPerMonth": 5000000
                     *         },
                     *         "request": {
                     *           "template": "sqs-queue",
                     *           "name": "example",
                     *           "environment": "dev",
                     *           "region": "us-east-1",
                     *           "ttlHours": 72,
                     *           "tags": {
                     *             "owner": "you@example.com",
                     *             "cost-center": "CC-1234"
                     *           },
                     *           "parameters": {
                     *             "fifo": false,
                     *             "visibilityTimeoutSeconds": 60,
                     *             "maxReceiveCount": 5,
                     *             "expectedMessagesPerMonth": 5000000
                     *           }
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["TemplateDetail"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listProvisioningRequests: {
        parameters: {
            query?: {
                team?: string;
                status?: "VALIDATING" | "PLANNED" | "AWAITING_APPROVAL" | "APPLYING" | "SUCCEEDED" | "FAILED" | "ROLLED_BACK" | "CANCELLED" | "REJECTED" | "EXPIRED" | "DESTROYING" | "DESTROYED";
                template?: string;
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of requests */
            200: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "pr-7451a36dce220aff610e",
                     *           "team": "payments",
                     *           "service": "checkout-api",
                     *           "requestedBy": "alice",
                     *           "name": "orders",
                     *           "template": {
                     *             "id": "sqs-queue",
                     *             "version": "1.1.0"
                     *           },
                     *           "environment": "dev",
                     *           "region": "us-east-1",
                     *           "tags": {
                     *             "owner": "alice@example.com",
                     *             "cost-center": "CC-1234",
                     *             "team": "payments",
                     *             "plinth:team": "payments",
                     *             "plinth:stage": "examples",
                     *             "plinth:template": "sqs-queue@1.1.0",
                     *             "plinth:request": "pr-7451a36dce220aff610e",
                     *             "plinth:service": "checkout-api"
                     *           },
                     *           "status": "SUCCEEDED",
                     *           "version": 4,
                     *           "plan": {
                     *             "template": {
                     *               "id": "sqs-queue",
                     *               "version": "1.1.0"
                     *             },
                     *             "stackName": "plinth-examples-payments-dev-orders",
                     *             "region": "us-east-1",
                     *             "environment": "dev",
                     *             "parameters": {
                     *               "fifo": false,
                     *               "visibilityTimeoutSeconds": 30,
                     *               "messageRetentionDays": 4,
                     *               "maxReceiveCount": 3,
                     *               "deadLetterRetentionDays": 14,
                     *               "expectedMessagesPerMonth": 1000000
                     *             },
                     *             "templateBody": {
                     *               "AWSTemplateFormatVersion": "2010-09-09",
                     *               "Description": "Plinth sqs-queue 1.1.0: plinth-examples-payments-dev-orders",
                     *               "Resources": {
                     *                 "DeadLetterQueue": {
                     *                   "Type": "AWS::SQS::Queue",
                     *                   "Properties": {
                     *                     "QueueName": "plinth-examples-payments-dev-orders-dlq",
                     *                     "MessageRetentionPeriod": 1209600,
                     *                     "SqsManagedSseEnabled": true,
                     *                     "Tags": [
                     *                       {
                     *                         "Key": "cost-center",
                     *                         "Value": "CC-1234"
                     *                       },
                     *                       {
                     *                         "Key": "owner",
                     *                         "Value": "alice@example.com"
                     *                       },
                     *                       {
                     *                         "Key": "plinth:request",
                     *                         "Value": "pr-7451a36dce220aff610e"
                     *                       },
                     *                       {
                     *                         "Key": "plinth:service",
                     *                         "Value": "checkout-api"
                     *                       },
                     *                       {
                     *                         "Key": "plinth:stage",
                     *                         "Value": "examples"
                     *                       },
                     *                       {
                     *                         "Key": "plinth:team",
                     *                         "Value": "payments"
                     *                       },
                     *                       {
                     *                         "Key": "plinth:template",
                     *                         "Value": "sqs-queue@1.1.0"
                     *                       },
                     *                       {
                     *                         "Key": "team",
                     *                         "Value": "payments"
                     *                       }
                     *                     ]
                     *                   }
                     *                 },
                     *                 "Queue": {
                     *                   "Type": "AWS::SQS::Queue",
                     *                   "Properties": {
                     *                     "QueueName": "plinth-examples-payments-dev-orders",
                     *                     "VisibilityTimeout": 30,
                     *                     "MessageRetentionPeriod": 345600,
                     *                     "SqsManagedSseEnabled": true,
                     *                     "RedrivePolicy": {
                     *                       "deadLetterTargetArn": {
                     *                         "Fn::GetAtt": [
                     *                           "DeadLetterQueue",
                     *                           "Arn"
                     *                         ]
                     *                       },
                     *                       "maxReceiveCount": 3
                     *                     },
                     *                     "Tags": [
                     *                       {
                     *                         "Key": "cost-center",
                     *                         "Value": "CC-1234"
                     *                       },
                     *                       {
                     *                         "Key": "owner",
                     *                         "Value": "alice@example.com"
                     *                       },
                     *                       {
                     *                         "Key": "plinth:request",
                     *                         "Value": "pr-7451a36dce220aff610e"
                     *                       },
                     *                       {
                     *                         "Key": "plinth:service",
                     *                         "Value": "checkout-api"
                     *                       },
                     *                       {
                     *                         "Key": "plinth:stage",
                     *                         "Value": "examples"
                     *                       },
                     *                       {
                     *                         "Key": "plinth:team",
                     *                         "Value": "payments"
                     *                       },
                     *                       {
                     *                         "Key": "plinth:template",
                     *                         "Value": "sqs-queue@1.1.0"
                     *                       },
                     *                       {
                     *                         "Key": "team",
                     *                         "Value": "payments"
                     *                       }
                     *                     ]
                     *                   }
                     *                 }
                     *               },
                     *               "Outputs": {
                     *                 "QueueUrl": {
                     *                   "Description": "Send messages here",
                     *                   "Value": {
                     *                     "Ref": "Queue"
                     *                   }
                     *                 },
                     *                 "QueueArn": {
                     *                   "Description": "The queue's ARN",
                     *                   "Value": {
                     *                     "Fn::GetAtt": [
                     *                       "Queue",
                     *                       "Arn"
                     *                     ]
                     *                   }
                     *                 },
                     *                 "DeadLetterQueueUrl": {
                     *                   "Description": "Messages that failed maxReceiveCount times",
                     *                   "Value": {
                     *                     "Ref": "DeadLetterQueue"
                     *                   }
                     *                 }
                     *               }
                     *             },
                     *             "resources": [
                     *               {
                     *                 "logicalId": "DeadLetterQueue",
                     *                 "type": "AWS::SQS::Queue"
                     *               },
                     *               {
                     *                 "logicalId": "Queue",
                     *                 "type": "AWS::SQS::Queue"
                     *               }
                     *             ],
                     *             "cost": {
                     *               "monthlyUsd": 1.2,
                     *               "currency": "USD",
                     *               "priceTable": "aws-us-east-1-2026-11",
                     *               "lines": [
                     *                 {
                     *                   "item": "SQS standard requests",
                     *                   "quantity": 3,
                     *                   "unit": "million requests",
                     *                   "unitPriceUsd": 0.4,
                     *                   "monthlyUsd": 1.2
                     *                 }
                     *               ]
                     *             },
                     *             "policies": [
                     *               {
                     *                 "rule": "naming",
                     *                 "outcome": "pass",
                     *                 "reason": "resources are named plinth-examples-payments-dev-orders"
                     *               },
                     *               {
                     *                 "rule": "allowed-regions",
                     *                 "outcome": "pass",
                     *                 "reason": "us-east-1 is an allowed region"
                     *               },
                     *               {
                     *                 "rule": "required-tags",
                     *                 "outcome": "pass",
                     *                 "reason": "owner and cost-center are set; team is added by the platform"
                     *               },
                     *               {
                     *                 "rule": "ttl-limit",
                     *                 "outcome": "pass",
                     *                 "reason": "expires 72 hours after it is created"
                     *               },
                     *               {
                     *                 "rule": "team-budget",
                     *                 "outcome": "pass",
                     *                 "reason": "$1.20/month is reserved from team payments's $1000.00 monthly budget as the request is recorded"
                     *               },
                     *               {
                     *                 "rule": "production-approval",
                     *                 "outcome": "pass",
                     *                 "reason": "dev changes need no approval"
                     *               },
                     *               {
                     *                 "rule": "high-risk-approval",
                     *                 "outcome": "pass",
                     *                 "reason": "sqs-queue is low risk"
                     *               }
                     *             ],
                     *             "allowed": true,
                     *             "approval": "not-required",
                     *             "hash": "4b01c6cc421a260d5c43cbd1cb9ffc255c769b2b763392b52faad8e1663cbd21"
                     *           },
                     *           "changes": [
                     *             {
                     *               "action": "Add",
                     *               "logicalId": "DeadLetterQueue",
                     *               "type": "AWS::SQS::Queue"
                     *             },
                     *             {
                     *               "action": "Add",
                     *               "logicalId": "Queue",
                     *               "type": "AWS::SQS::Queue"
                     *             }
                     *           ],
                     *           "outputs": {
                     *             "QueueUrl": "https://sqs.us-east-1.amazonaws.com/000000000000/plinth-examples-payments-dev-orders",
                     *             "QueueArn": "arn:aws:sqs:us-east-1:000000000000:plinth-examples-payments-dev-orders",
                     *             "DeadLetterQueueUrl": "https://sqs.us-east-1.amazonaws.com/000000000000/plinth-examples-payments-dev-orders-dlq"
                     *           },
                     *           "ttlHours": 72,
                     *           "expiresAt": "2026-12-09T16:46:52.981Z",
                     *           "attempt": 1,
                     *           "execution": "arn:aws:states:us-east-1:000000000000:execution:plinth-examples-Provisioning:pr-7451a36dce220aff610e-1",
                     *           "timeline": [
                     *             {
                     *               "at": "2026-12-06T16:42:28.897Z",
                     *               "step": "request",
                     *               "status": "VALIDATING",
                     *               "message": "requested sqs-queue orders",
                     *               "actor": "alice"
                     *             },
                     *             {
                     *               "at": "2026-12-06T16:44:03.548Z",
                     *               "step": "validate",
                     *               "status": "VALIDATING",
                     *               "message": "template rendered and policies passed"
                     *             },
                     *             {
                     *               "at": "2026-12-06T16:44:58.690Z",
                     *               "step": "plan",
                     *               "status": "PLANNED",
                     *               "message": "change set: Add 2; 1.20 USD/month"
                     *             },
                     *             {
                     *               "at": "2026-12-06T16:45:52.317Z",
                     *               "step": "apply",
                     *               "status": "APPLYING",
                     *               "message": "executing the change set"
                     *             },
                     *             {
                     *               "at": "2026-12-06T16:47:07.369Z",
                     *               "step": "outputs",
                     *               "status": "SUCCEEDED",
                     *               "message": "created; outputs QueueUrl, QueueArn, DeadLetterQueueUrl; expires 2026-12-09T16:46:52.981Z"
                     *             }
                     *           ],
                     *           "createdAt": "2026-12-06T16:42:28.897Z",
                     *           "updatedAt": "2026-12-06T16:47:07.369Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ProvisioningRequestList"];
                };
            };
            /** @description invalid_parameter */
            400: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createProvisioningRequest: {
        parameters: {
            query?: {
                /** @description true: answer the plan, write nothing */
                dryRun?: "true" | "false";
            };
            header?: {
                /** @description Retry safely: the same key and body return the first answer */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "template": "sqs-queue",
                 *       "name": "orders",
                 *       "service": "checkout-api",
                 *       "environment": "dev",
                 *       "ttlHours": 72,
                 *       "tags": {
                 *         "owner": "alice@example.com",
                 *         "cost-center": "CC-1234"
                 *       },
                 *       "parameters": {
                 *         "maxReceiveCount": 3
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateProvisioningRequest"];
            };
        };
        responses: {
            /** @description The plan (dry run): nothing was written */
            200: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Plan"];
                };
            };
            /** @description Accepted: the workflow has started; follow Location */
            202: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    /** @description Where to follow what was created or started */
                    Location: string;
                    /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "pr-7451a36dce220aff610e",
                     *       "team": "payments",
                     *       "service": "checkout-api",
                     *       "requestedBy": "alice",
                     *       "name": "orders",
                     *       "template": {
                     *         "id": "sqs-queue",
                     *         "version": "1.1.0"
                     *       },
                     *       "environment": "dev",
                     *       "region": "us-east-1",
                     *       "tags": {
                     *         "owner": "alice@example.com",
                     *         "cost-center": "CC-1234",
                     *         "team": "payments",
                     *         "plinth:team": "payments",
                     *         "plinth:stage": "examples",
                     *         "plinth:template": "sqs-queue@1.1.0",
                     *         "plinth:request": "pr-7451a36dce220aff610e",
                     *         "plinth:service": "checkout-api"
                     *       },
                     *       "status": "VALIDATING",
                     *       "version": 1,
                     *       "plan": {
                     *         "template": {
                     *           "id": "sqs-queue",
                     *           "version": "1.1.0"
                     *         },
                     *         "stackName": "plinth-examples-payments-dev-orders",
                     *         "region": "us-east-1",
                     *         "environment": "dev",
                     *         "parameters": {
                     *           "fifo": false,
                     *           "visibilityTimeoutSeconds": 30,
                     *           "messageRetentionDays": 4,
                     *           "maxReceiveCount": 3,
                     *           "deadLetterRetentionDays": 14,
                     *           "expectedMessagesPerMonth": 1000000
                     *         },
                     *         "templateBody": {
                     *           "AWSTemplateFormatVersion": "2010-09-09",
                     *           "Description": "Plinth sqs-queue 1.1.0: plinth-examples-payments-dev-orders",
                     *           "Resources": {
                     *             "DeadLetterQueue": {
                     *               "Type": "AWS::SQS::Queue",
                     *               "Properties": {
                     *                 "QueueName": "plinth-examples-payments-dev-orders-dlq",
                     *                 "MessageRetentionPeriod": 1209600,
                     *                 "SqsManagedSseEnabled": true,
                     *                 "Tags": [
                     *                   {
                     *                     "Key": "cost-center",
                     *                     "Value": "CC-1234"
                     *                   },
                     *                   {
                     *                     "Key": "owner",
                     *                     "Value": "alice@example.com"
                     *                   },
                     *                   {
                     *                     "Key": "plinth:request",
                     *                     "Value": "pr-7451a36dce220aff610e"
                     *                   },
                     *                   {
                     *                     "Key": "plinth:service",
                     *                     "Value": "checkout-api"
                     *                   },
                     *                   {
                     *                     "Key": "plinth:stage",
                     *                     "Value": "examples"
                     *                   },
                     *                   {
                     *                     "Key": "plinth:team",
                     *                     "Value": "payments"
                     *                   },
                     *                   {
                     *                     "Key": "plinth:template",
                     *                     "Value": "sqs-queue@1.1.0"
                     *                   },
                     *                   {
                     *                     "Key": "team",
                     *                     "Value": "payments"
                     *                   }
                     *                 ]
                     *               }
                     *             },
                     *             "Queue": {
                     *               "Type": "AWS::SQS::Queue",
                     *               "Properties": {
                     *                 "QueueName": "plinth-examples-payments-dev-orders",
                     *                 "VisibilityTimeout": 30,
                     *                 "MessageRetentionPeriod": 345600,
                     *                 "SqsManagedSseEnabled": true,
                     *                 "RedrivePolicy": {
                     *                   "deadLetterTargetArn": {
                     *                     "Fn::GetAtt": [
                     *                       "DeadLetterQueue",
                     *                       "Arn"
                     *                     ]
                     *                   },
                     *                   "maxReceiveCount": 3
                     *                 },
                     *                 "Tags": [
                     *                   {
                     *                     "Key": "cost-center",
                     *                     "Value": "CC-1234"
                     *                   },
                     *                   {
                     *                     "Key": "owner",
                     *                     "Value": "alice@example.com"
                     *                   },
                     *                   {
                     *                     "Key": "plinth:request",
                     *                     "Value": "pr-7451a36dce220aff610e"
                     *                   },
                     *                   {
                     *                     "Key": "plinth:service",
                     *                     "Value": "checkout-api"
                     *                   },
                     *                   {
                     *                     "Key": "plinth:stage",
                     *                     "Value": "examples"
                     *                   },
                     *                   {
                     *                     "Key": "plinth:team",
                     *                     "Value": "payments"
                     *                   },
                     *                   {
                     *                     "Key": "plinth:template",
                     *                     "Value": "sqs-queue@1.1.0"
                     *                   },
                     *                   {
                     *                     "Key": "team",
                     *                     "Value": "payments"
                     *                   }
                     *                 ]
                     *               }
                     *             }
                     *           },
                     *           "Outputs": {
                     *             "QueueUrl": {
                     *               "Description": "Send messages here",
                     *               "Value": {
                     *                 "Ref": "Queue"
                     *               }
                     *             },
                     *             "QueueArn": {
                     *               "Description": "The queue's ARN",
                     *               "Value": {
                     *                 "Fn::GetAtt": [
                     *                   "Queue",
                     *                   "Arn"
                     *                 ]
                     *               }
                     *             },
                     *             "DeadLetterQueueUrl": {
                     *               "Description": "Messages that failed maxReceiveCount times",
                     *               "Value": {
                     *                 "Ref": "DeadLetterQueue"
                     *               }
                     *             }
                     *           }
                     *         },
                     *         "resources": [
                     *           {
                     *             "logicalId": "DeadLetterQueue",
                     *             "type": "AWS::SQS::Queue"
                     *           },
                     *           {
                     *             "logicalId": "Queue",
                     *             "type": "AWS::SQS::Queue"
                     *           }
                     *         ],
                     *         "cost": {
                     *           "monthlyUsd": 1.2,
                     *           "currency": "USD",
                     *           "priceTable": "aws-us-east-1-2026-11",
                     *           "lines": [
                     *             {
                     *               "item": "SQS standard requests",
                     *               "quantity": 3,
                     *               "unit": "million requests",
                     *               "unitPriceUsd": 0.4,
                     *               "monthlyUsd": 1.2
                     *             }
                     *           ]
                     *         },
                     *         "policies": [
                     *           {
                     *             "rule": "naming",
                     *             "outcome": "pass",
                     *             "reason": "resources are named plinth-examples-payments-dev-orders"
                     *           },
                     *           {
                     *             "rule": "allowed-regions",
                     *             "outcome": "pass",
                     *             "reason": "us-east-1 is an allowed region"
                     *           },
                     *           {
                     *             "rule": "required-tags",
                     *             "outcome": "pass",
                     *             "reason": "owner and cost-center are set; team is added by the platform"
                     *           },
                     *           {
                     *             "rule": "ttl-limit",
                     *             "outcome": "pass",
                     *             "reason": "expires 72 hours after it is created"
                     *           },
                     *           {
                     *             "rule": "team-budget",
                     *             "outcome": "pass",
                     *             "reason": "$1.20/month is reserved from team payments's $1000.00 monthly budget as the request is recorded"
                     *           },
                     *           {
                     *             "rule": "production-approval",
                     *             "outcome": "pass",
                     *             "reason": "dev changes need no approval"
                     *           },
                     *           {
                     *             "rule": "high-risk-approval",
                     *             "outcome": "pass",
                     *             "reason": "sqs-queue is low risk"
                     *           }
                     *         ],
                     *         "allowed": true,
                     *         "approval": "not-required",
                     *         "hash": "4b01c6cc421a260d5c43cbd1cb9ffc255c769b2b763392b52faad8e1663cbd21"
                     *       },
                     *       "outputs": {},
                     *       "ttlHours": 72,
                     *       "attempt": 1,
                     *       "execution": "arn:aws:states:us-east-1:000000000000:execution:plinth-examples-Provisioning:pr-7451a36dce220aff610e-1",
                     *       "timeline": [
                     *         {
                     *           "at": "2026-12-06T16:42:28.897Z",
                     *           "step": "request",
                     *           "status": "VALIDATING",
                     *           "message": "requested sqs-queue orders",
                     *           "actor": "alice"
                     *         }
                     *       ],
                     *       "createdAt": "2026-12-06T16:42:28.897Z",
                     *       "updatedAt": "2026-12-06T16:42:28.897Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ProvisioningRequest"];
                };
            };
            /** @description malformed_json, invalid_parameter */
            400: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description forbidden */
            403: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unsupported_media_type */
            415: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description validation_failed, policy_violation, idempotency_key_reused */
            422: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProvisioningRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request */
            200: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    /** @description The resource's version: send it back as If-Match to change it safely */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "pr-7451a36dce220aff610e",
                     *       "team": "payments",
                     *       "service": "checkout-api",
                     *       "requestedBy": "alice",
                     *       "name": "orders",
                     *       "template": {
                     *         "id": "sqs-queue",
                     *         "version": "1.1.0"
                     *       },
                     *       "environment": "dev",
                     *       "region": "us-east-1",
                     *       "tags": {
                     *         "owner": "alice@example.com",
                     *         "cost-center": "CC-1234",
                     *         "team": "payments",
                     *         "plinth:team": "payments",
                     *         "plinth:stage": "examples",
                     *         "plinth:template": "sqs-queue@1.1.0",
                     *         "plinth:request": "pr-7451a36dce220aff610e",
                     *         "plinth:service": "checkout-api"
                     *       },
                     *       "status": "SUCCEEDED",
                     *       "version": 4,
                     *       "plan": {
                     *         "template": {
                     *           "id": "sqs-queue",
                     *           "version": "1.1.0"
                     *         },
                     *         "stackName": "plinth-examples-payments-dev-orders",
                     *         "region": "us-east-1",
                     *         "environment": "dev",
                     *         "parameters": {
                     *           "fifo": false,
                     *           "visibilityTimeoutSeconds": 30,
                     *           "messageRetentionDays": 4,
                     *           "maxReceiveCount": 3,
                     *           "deadLetterRetentionDays": 14,
                     *           "expectedMessagesPerMonth": 1000000
                     *         },
                     *         "templateBody": {
                     *           "AWSTemplateFormatVersion": "2010-09-09",
                     *           "Description": "Plinth sqs-queue 1.1.0: plinth-examples-payments-dev-orders",
                     *           "Resources": {
                     *             "DeadLetterQueue": {
                     *               "Type": "AWS::SQS::Queue",
                     *               "Properties": {
                     *                 "QueueName": "plinth-examples-payments-dev-orders-dlq",
                     *                 "MessageRetentionPeriod": 1209600,
                     *                 "SqsManagedSseEnabled": true,
                     *                 "Tags": [
                     *                   {
                     *                     "Key": "cost-center",
                     *                     "Value": "CC-1234"
                     *                   },
                     *                   {
                     *                     "Key": "owner",
                     *                     "Value": "alice@example.com"
                     *                   },
                     *                   {
                     *                     "Key": "plinth:request",
                     *                     "Value": "pr-7451a36dce220aff610e"
                     *                   },
                     *                   {
                     *                     "Key": "plinth:service",
                     *                     "Value": "checkout-api"
                     *                   },
                     *                   {
                     *                     "Key": "plinth:stage",
                     *                     "Value": "examples"
                     *                   },
                     *                   {
                     *                     "Key": "plinth:team",
                     *                     "Value": "payments"
                     *                   },
                     *                   {
                     *                     "Key": "plinth:template",
                     *                     "Value": "sqs-queue@1.1.0"
                     *                   },
                     *                   {
                     *                     "Key": "team",
                     *                     "Value": "payments"
                     *                   }
                     *                 ]
                     *               }
                     *             },
                     *             "Queue": {
                     *               "Type": "AWS::SQS::Queue",
                     *               "Properties": {
                     *                 "QueueName": "plinth-examples-payments-dev-orders",
                     *                 "VisibilityTimeout": 30,
                     *                 "MessageRetentionPeriod": 345600,
                     *                 "SqsManagedSseEnabled": true,
                     *                 "RedrivePolicy": {
                     *                   "deadLetterTargetArn": {
                     *                     "Fn::GetAtt": [
                     *                       "DeadLetterQueue",
                     *                       "Arn"
                     *                     ]
                     *                   },
                     *                   "maxReceiveCount": 3
                     *                 },
                     *                 "Tags": [
                     *                   {
                     *                     "Key": "cost-center",
                     *                     "Value": "CC-1234"
                     *                   },
                     *                   {
                     *                     "Key": "owner",
                     *                     "Value": "alice@example.com"
                     *                   },
                     *                   {
                     *                     "Key": "plinth:request",
                     *                     "Value": "pr-7451a36dce220aff610e"
                     *                   },
                     *                   {
                     *                     "Key": "plinth:service",
                     *                     "Value": "checkout-api"
                     *                   },
                     *                   {
                     *                     "Key": "plinth:stage",
                     *                     "Value": "examples"
                     *                   },
                     *                   {
                     *                     "Key": "plinth:team",
                     *                     "Value": "payments"
                     *                   },
                     *                   {
                     *                     "Key": "plinth:template",
                     *                     "Value": "sqs-queue@1.1.0"
                     *                   },
                     *                   {
                     *                     "Key": "team",
                     *                     "Value": "payments"
                     *                   }
                     *                 ]
                     *               }
                     *             }
                     *           },
                     *           "Outputs": {
                     *             "QueueUrl": {
                     *               "Description": "Send messages here",
                     *               "Value": {
                     *                 "Ref": "Queue"
                     *               }
                     *             },
                     *             "QueueArn": {
                     *               "Description": "The queue's ARN",
                     *               "Value": {
                     *                 "Fn::GetAtt": [
                     *                   "Queue",
                     *                   "Arn"
                     *                 ]
                     *               }
                     *             },
                     *             "DeadLetterQueueUrl": {
                     *               "Description": "Messages that failed maxReceiveCount times",
                     *               "Value": {
                     *                 "Ref": "DeadLetterQueue"
                     *               }
                     *             }
                     *           }
                     *         },
                     *         "resources": [
                     *           {
                     *             "logicalId": "DeadLetterQueue",
                     *             "type": "AWS::SQS::Queue"
                     *           },
                     *           {
                     *             "logicalId": "Queue",
                     *             "type": "AWS::SQS::Queue"
                     *           }
                     *         ],
                     *         "cost": {
                     *           "monthlyUsd": 1.2,
                     *           "currency": "USD",
                     *           "priceTable": "aws-us-east-1-2026-11",
                     *           "lines": [
                     *             {
                     *               "item": "SQS standard requests",
                     *               "quantity": 3,
                     *               "unit": "million requests",
                     *               "unitPriceUsd": 0.4,
                     *               "monthlyUsd": 1.2
                     *             }
                     *           ]
                     *         },
                     *         "policies": [
                     *           {
                     *             "rule": "naming",
                     *             "outcome": "pass",
                     *             "reason": "resources are named plinth-examples-payments-dev-orders"
                     *           },
                     *           {
                     *             "rule": "allowed-regions",
                     *             "outcome": "pass",
                     *             "reason": "us-east-1 is an allowed region"
                     *           },
                     *           {
                     *             "rule": "required-tags",
                     *             "outcome": "pass",
                     *             "reason": "owner and cost-center are set; team is added by the platform"
                     *           },
                     *           {
                     *             "rule": "ttl-limit",
                     *             "outcome": "pass",
                     *             "reason": "expires 72 hours after it is created"
                     *           },
                     *           {
                     *             "rule": "team-budget",
                     *             "outcome": "pass",
                     *             "reason": "$1.20/month is reserved from team payments's $1000.00 monthly budget as the request is recorded"
                     *           },
                     *           {
                     *             "rule": "production-approval",
                     *             "outcome": "pass",
                     *             "reason": "dev changes need no approval"
                     *           },
                     *           {
                     *             "rule": "high-risk-approval",
                     *             "outcome": "pass",
                     *             "reason": "sqs-queue is low risk"
                     *           }
                     *         ],
                     *         "allowed": true,
                     *         "approval": "not-required",
                     *         "hash": "4b01c6cc421a260d5c43cbd1cb9ffc255c769b2b763392b52faad8e1663cbd21"
                     *       },
                     *       "changes": [
                     *         {
                     *           "action": "Add",
                     *           "logicalId": "DeadLetterQueue",
                     *           "type": "AWS::SQS::Queue"
                     *         },
                     *         {
                     *           "action": "Add",
                     *           "logicalId": "Queue",
                     *           "type": "AWS::SQS::Queue"
                     *         }
                     *       ],
                     *       "outputs": {
                     *         "QueueUrl": "https://sqs.us-east-1.amazonaws.com/000000000000/plinth-examples-payments-dev-orders",
                     *         "QueueArn": "arn:aws:sqs:us-east-1:000000000000:plinth-examples-payments-dev-orders",
                     *         "DeadLetterQueueUrl": "https://sqs.us-east-1.amazonaws.com/000000000000/plinth-examples-payments-dev-orders-dlq"
                     *       },
                     *       "ttlHours": 72,
                     *       "expiresAt": "2026-12-09T16:46:52.981Z",
                     *       "attempt": 1,
                     *       "execution": "arn:aws:states:us-east-1:000000000000:execution:plinth-examples-Provisioning:pr-7451a36dce220aff610e-1",
                     *       "timeline": [
                     *         {
                     *           "at": "2026-12-06T16:42:28.897Z",
                     *           "step": "request",
                     *           "status": "VALIDATING",
                     *           "message": "requested sqs-queue orders",
                     *           "actor": "alice"
                     *         },
                     *         {
                     *           "at": "2026-12-06T16:44:03.548Z",
                     *           "step": "validate",
                     *           "status": "VALIDATING",
                     *           "message": "template rendered and policies passed"
                     *         },
                     *         {
                     *           "at": "2026-12-06T16:44:58.690Z",
                     *           "step": "plan",
                     *           "status": "PLANNED",
                     *           "message": "change set: Add 2; 1.20 USD/month"
                     *         },
                     *         {
                     *           "at": "2026-12-06T16:45:52.317Z",
                     *           "step": "apply",
                     *           "status": "APPLYING",
                     *           "message": "executing the change set"
                     *         },
                     *         {
                     *           "at": "2026-12-06T16:47:07.369Z",
                     *           "step": "outputs",
                     *           "status": "SUCCEEDED",
                     *           "message": "created; outputs QueueUrl, QueueArn, DeadLetterQueueUrl; expires 2026-12-09T16:46:52.981Z"
                     *         }
                     *       ],
                     *       "createdAt": "2026-12-06T16:42:28.897Z",
                     *       "updatedAt": "2026-12-06T16:47:07.369Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ProvisioningRequest"];
                };
            };
            /** @description invalid_parameter */
            400: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    extendProvisioningRequest: {
        parameters: {
            query?: never;
            header?: {
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "expiresAt": "2026-12-10T16:46:52.981Z"
                 *     }
                 */
                "application/json": components["schemas"]["ProvisioningRequestPatch"];
            };
        };
        responses: {
            /** @description The request with its new expiry */
            200: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    /** @description The resource's version: send it back as If-Match to change it safely */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "pr-7451a36dce220aff610e",
                     *       "team": "payments",
                     *       "service": "checkout-api",
                     *       "requestedBy": "alice",
                     *       "name": "orders",
                     *       "template": {
                     *         "id": "sqs-queue",
                     *         "version": "1.1.0"
                     *       },
                     *       "environment": "dev",
                     *       "region": "us-east-1",
                     *       "tags": {
                     *         "owner": "alice@example.com",
                     *         "cost-center": "CC-1234",
                     *         "team": "payments",
                     *         "plinth:team": "payments",
                     *         "plinth:stage": "examples",
                     *         "plinth:template": "sqs-queue@1.1.0",
                     *         "plinth:request": "pr-7451a36dce220aff610e",
                     *         "plinth:service": "checkout-api"
                     *       },
                     *       "status": "SUCCEEDED",
                     *       "version": 5,
                     *       "plan": {
                     *         "template": {
                     *           "id": "sqs-queue",
                     *           "version": "1.1.0"
                     *         },
                     *         "stackName": "plinth-examples-payments-dev-orders",
                     *         "region": "us-east-1",
                     *         "environment": "dev",
                     *         "parameters": {
                     *           "fifo": false,
                     *           "visibilityTimeoutSeconds": 30,
                     *           "messageRetentionDays": 4,
                     *           "maxReceiveCount": 3,
                     *           "deadLetterRetentionDays": 14,
                     *           "expectedMessagesPerMonth": 1000000
                     *         },
                     *         "templateBody": {
                     *           "AWSTemplateFormatVersion": "2010-09-09",
                     *           "Description": "Plinth sqs-queue 1.1.0: plinth-examples-payments-dev-orders",
                     *           "Resources": {
                     *             "DeadLetterQueue": {
                     *               "Type": "AWS::SQS::Queue",
                     *               "Properties": {
                     *                 "QueueName": "plinth-examples-payments-dev-orders-dlq",
                     *                 "MessageRetentionPeriod": 1209600,
                     *                 "SqsManagedSseEnabled": true,
                     *                 "Tags": [
                     *                   {
                     *                     "Key": "cost-center",
                     *                     "Value": "CC-1234"
                     *                   },
                     *                   {
                     *                     "Key": "owner",
                     *                     "Value": "alice@example.com"
                     *                   },
                     *                   {
                     *                     "Key": "plinth:request",
                     *                     "Value": "pr-7451a36dce220aff610e"
                     *                   },
                     *                   {
                     *                     "Key": "plinth:service",
                     *                     "Value": "checkout-api"
                     *                   },
                     *                   {
                     *                     "Key": "plinth:stage",
                     *                     "Value": "examples"
                     *                   },
                     *                   {
                     *                     "Key": "plinth:team",
                     *                     "Value": "payments"
                     *                   },
                     *                   {
                     *                     "Key": "plinth:template",
                     *                     "Value": "sqs-queue@1.1.0"
                     *                   },
                     *                   {
                     *                     "Key": "team",
                     *                     "Value": "payments"
                     *                   }
                     *                 ]
                     *               }
                     *             },
                     *             "Queue": {
                     *               "Type": "AWS::SQS::Queue",
                     *               "Properties": {
                     *                 "QueueName": "plinth-examples-payments-dev-orders",
                     *                 "VisibilityTimeout": 30,
                     *                 "MessageRetentionPeriod": 345600,
                     *                 "SqsManagedSseEnabled": true,
                     *                 "RedrivePolicy": {
                     *                   "deadLetterTargetArn": {
                     *                     "Fn::GetAtt": [
                     *                       "DeadLetterQueue",
                     *                       "Arn"
                     *                     ]
                     *                   },
                     *                   "maxReceiveCount": 3
                     *                 },
                     *                 "Tags": [
                     *                   {
                     *                     "Key": "cost-center",
                     *                     "Value": "CC-1234"
                     *                   },
                     *                   {
                     *                     "Key": "owner",
                     *                     "Value": "alice@example.com"
                     *                   },
                     *                   {
                     *                     "Key": "plinth:request",
                     *                     "Value": "pr-7451a36dce220aff610e"
                     *                   },
                     *                   {
                     *                     "Key": "plinth:service",
                     *                     "Value": "checkout-api"
                     *                   },
                     *                   {
                     *                     "Key": "plinth:stage",
                     *                     "Value": "examples"
                     *                   },
                     *                   {
                     *                     "Key": "plinth:team",
                     *                     "Value": "payments"
                     *                   },
                     *                   {
                     *                     "Key": "plinth:template",
                     *                     "Value": "sqs-queue@1.1.0"
                     *                   },
                     *                   {
                     *                     "Key": "team",
                     *                     "Value": "payments"
                     *                   }
                     *                 ]
                     *               }
                     *             }
                     *           },
                     *           "Outputs": {
                     *             "QueueUrl": {
                     *               "Description": "Send messages here",
                     *               "Value": {
                     *                 "Ref": "Queue"
                     *               }
                     *             },
                     *             "QueueArn": {
                     *               "Description": "The queue's ARN",
                     *               "Value": {
                     *                 "Fn::GetAtt": [
                     *                   "Queue",
                     *                   "Arn"
                     *                 ]
                     *               }
                     *             },
                     *             "DeadLetterQueueUrl": {
                     *               "Description": "Messages that failed maxReceiveCount times",
                     *               "Value": {
                     *                 "Ref": "DeadLetterQueue"
                     *               }
                     *             }
                     *           }
                     *         },
                     *         "resources": [
                     *           {
                     *             "logicalId": "DeadLetterQueue",
                     *             "type": "AWS::SQS::Queue"
                     *           },
                     *           {
                     *             "logicalId": "Queue",
                     *             "type": "AWS::SQS::Queue"
                     *           }
                     *         ],
                     *         "cost": {
                     *           "monthlyUsd": 1.2,
                     *           "currency": "USD",
                     *           "priceTable": "aws-us-east-1-2026-11",
                     *           "lines": [
                     *             {
                     *               "item": "SQS standard requests",
                     *               "quantity": 3,
                     *               "unit": "million requests",
                     *               "unitPriceUsd": 0.4,
                     *               "monthlyUsd": 1.2
                     *             }
                     *           ]
                     *         },
                     *         "policies": [
                     *           {
                     *             "rule": "naming",
                     *             "outcome": "pass",
                     *             "reason": "resources are named plinth-examples-payments-dev-orders"
                     *           },
                     *           {
                     *             "rule": "allowed-regions",
                     *             "outcome": "pass",
                     *             "reason": "us-east-1 is an allowed region"
                     *           },
                     *           {
                     *             "rule": "required-tags",
                     *             "outcome": "pass",
                     *             "reason": "owner and cost-center are set; team is added by the platform"
                     *           },
                     *           {
                     *             "rule": "ttl-limit",
                     *             "outcome": "pass",
                     *             "reason": "expires 72 hours after it is created"
                     *           },
                     *           {
                     *             "rule": "team-budget",
                     *             "outcome": "pass",
                     *             "reason": "$1.20/month is reserved from team payments's $1000.00 monthly budget as the request is recorded"
                     *           },
                     *           {
                     *             "rule": "production-approval",
                     *             "outcome": "pass",
                     *             "reason": "dev changes need no approval"
                     *           },
                     *           {
                     *             "rule": "high-risk-approval",
                     *             "outcome": "pass",
                     *             "reason": "sqs-queue is low risk"
                     *           }
                     *         ],
                     *         "allowed": true,
                     *         "approval": "not-required",
                     *         "hash": "4b01c6cc421a260d5c43cbd1cb9ffc255c769b2b763392b52faad8e1663cbd21"
                     *       },
                     *       "changes": [
                     *         {
                     *           "action": "Add",
                     *           "logicalId": "DeadLetterQueue",
                     *           "type": "AWS::SQS::Queue"
                     *         },
                     *         {
                     *           "action": "Add",
                     *           "logicalId": "Queue",
                     *           "type": "AWS::SQS::Queue"
                     *         }
                     *       ],
                     *       "outputs": {
                     *         "QueueUrl": "https://sqs.us-east-1.amazonaws.com/000000000000/plinth-examples-payments-dev-orders",
                     *         "QueueArn": "arn:aws:sqs:us-east-1:000000000000:plinth-examples-payments-dev-orders",
                     *         "DeadLetterQueueUrl": "https://sqs.us-east-1.amazonaws.com/000000000000/plinth-examples-payments-dev-orders-dlq"
                     *       },
                     *       "ttlHours": 72,
                     *       "expiresAt": "2026-12-10T16:46:52.981Z",
                     *       "attempt": 1,
                     *       "execution": "arn:aws:states:us-east-1:000000000000:execution:plinth-examples-Provisioning:pr-7451a36dce220aff610e-1",
                     *       "timeline": [
                     *         {
                     *           "at": "2026-12-06T16:42:28.897Z",
                     *           "step": "request",
                     *           "status": "VALIDATING",
                     *           "message": "requested sqs-queue orders",
                     *           "actor": "alice"
                     *         },
                     *         {
                     *           "at": "2026-12-06T16:44:03.548Z",
                     *           "step": "validate",
                     *           "status": "VALIDATING",
                     *           "message": "template rendered and policies passed"
                     *         },
                     *         {
                     *           "at": "2026-12-06T16:44:58.690Z",
                     *           "step": "plan",
                     *           "status": "PLANNED",
                     *           "message": "change set: Add 2; 1.20 USD/month"
                     *         },
                     *         {
                     *           "at": "2026-12-06T16:45:52.317Z",
                     *           "step": "apply",
                     *           "status": "APPLYING",
                     *           "message": "executing the change set"
                     *         },
                     *         {
                     *           "at": "2026-12-06T16:47:07.369Z",
                     *           "step": "outputs",
                     *           "status": "SUCCEEDED",
                     *           "message": "created; outputs QueueUrl, QueueArn, DeadLetterQueueUrl; expires 2026-12-09T16:46:52.981Z"
                     *         },
                     *         {
                     *           "step": "expiry",
                     *           "message": "extended to 2026-12-10T16:46:52.981Z",
                     *           "actor": "alice",
                     *           "at": "2026-12-06T16:49:18.253Z",
                     *           "status": "SUCCEEDED"
                     *         }
                     *       ],
                     *       "createdAt": "2026-12-06T16:42:28.897Z",
                     *       "updatedAt": "2026-12-06T16:49:18.253Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ProvisioningRequest"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description forbidden */
            403: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflict */
            409: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description version_conflict */
            412: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description validation_failed, policy_violation */
            422: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    approveProvisioningRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "planHash": "3cd2ad27cfd7bdec26cee2ece7373f083bdd06a8eabd005b5731ce867dc249d6",
                 *       "comment": "reviewed: versioned, KMS-encrypted"
                 *     }
                 */
                "application/json": components["schemas"]["ApprovalDecision"];
            };
        };
        responses: {
            /** @description The request after the decision */
            200: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "pr-54303035027646eb857e",
                     *       "team": "payments",
                     *       "requestedBy": "alice",
                     *       "name": "ledger",
                     *       "template": {
                     *         "id": "s3-bucket",
                     *         "version": "1.2.0"
                     *       },
                     *       "environment": "production",
                     *       "region": "us-east-1",
                     *       "tags": {
                     *         "owner": "alice@example.com",
                     *         "cost-center": "CC-1234",
                     *         "team": "payments",
                     *         "plinth:team": "payments",
                     *         "plinth:stage": "examples",
                     *         "plinth:template": "s3-bucket@1.2.0",
                     *         "plinth:request": "pr-54303035027646eb857e"
                     *       },
                     *       "status": "AWAITING_APPROVAL",
                     *       "version": 4,
                     *       "plan": {
                     *         "template": {
                     *           "id": "s3-bucket",
                     *           "version": "1.2.0"
                     *         },
                     *         "stackName": "plinth-examples-payments-production-ledger",
                     *         "region": "us-east-1",
                     *         "environment": "production",
                     *         "parameters": {
                     *           "versioning": true,
                     *           "encryption": "SSE-S3",
                     *           "noncurrentVersionExpirationDays": 30,
                     *           "expectedStorageGb": 10,
                     *           "expectedWritesPerMonth": 100000,
                     *           "expectedReadsPerMonth": 1000000
                     *         },
                     *         "templateBody": {
                     *           "AWSTemplateFormatVersion": "2010-09-09",
                     *           "Description": "Plinth s3-bucket 1.2.0: plinth-examples-payments-production-ledger",
                     *           "Resources": {
                     *             "Bucket": {
                     *               "Type": "AWS::S3::Bucket",
                     *               "DeletionPolicy": "Delete",
                     *               "Properties": {
                     *                 "BucketName": "plinth-examples-payments-production-ledger",
                     *                 "PublicAccessBlockConfiguration": {
                     *                   "BlockPublicAcls": true,
                     *                   "BlockPublicPolicy": true,
                     *                   "IgnorePublicAcls": true,
                     *                   "RestrictPublicBuckets": true
                     *                 },
                     *                 "OwnershipControls": {
                     *                   "Rules": [
                     *                     {
                     *                       "ObjectOwnership": "BucketOwnerEnforced"
                     *                     }
                     *                   ]
                     *                 },
                     *                 "BucketEncryption": {
                     *                   "ServerSideEncryptionConfiguration": [
                     *                     {
                     *                       "ServerSideEncryptionByDefault": {
                     *                         "SSEAlgorithm": "AES256"
                     *                       },
                     *                       "BucketKeyEnabled": false
                     *                     }
                     *                   ]
                     *                 },
                     *                 "VersioningConfiguration": {
                     *                   "Status": "Enabled"
                     *                 },
                     *                 "LifecycleConfiguration": {
                     *                   "Rules": [
                     *                     {
                     *                       "Id": "expire-noncurrent",
                     *                       "Status": "Enabled",
                     *                       "NoncurrentVersionExpiration": {
                     *                         "NoncurrentDays": 30
                     *                       }
                     *                     },
                     *                     {
                     *                       "Id": "abort-incomplete-uploads",
                     *                       "Status": "Enabled",
                     *                       "AbortIncompleteMultipartUpload": {
                     *                         "DaysAfterInitiation": 7
                     *                       }
                     *                     }
                     *                   ]
                     *                 },
                     *                 "Tags": [
                     *                   {
                     *                     "Key": "cost-center",
                     *                     "Value": "CC-1234"
                     *                   },
                     *                   {
                     *                     "Key": "owner",
                     *                     "Value": "alice@example.com"
                     *                   },
                     *                   {
                     *                     "Key": "plinth:request",
                     *                     "Value": "pr-54303035027646eb857e"
                     *                   },
                     *                   {
                     *                     "Key": "plinth:stage",
                     *                     "Value": "examples"
                     *                   },
                     *                   {
                     *                     "Key": "plinth:team",
                     *                     "Value": "payments"
                     *                   },
                     *                   {
                     *                     "Key": "plinth:template",
                     *                     "Value": "s3-bucket@1.2.0"
                     *                   },
                     *                   {
                     *                     "Key": "team",
                     *                     "Value": "payments"
                     *                   }
                     *                 ]
                     *               }
                     *             },
                     *             "BucketPolicy": {
                     *               "Type": "AWS::S3::BucketPolicy",
                     *               "Properties": {
                     *                 "Bucket": {
                     *                   "Ref": "Bucket"
                     *                 },
                     *                 "PolicyDocument": {
                     *                   "Version": "2012-10-17",
                     *                   "Statement": [
                     *                     {
                     *                       "Sid": "DenyInsecureTransport",
                     *                       "Effect": "Deny",
                     *                       "Principal": "*",
                     *                       "Action": "s3:*",
                     *                       "Resource": [
                     *                         {
                     *                           "Fn::GetAtt": [
                     *                             "Bucket",
                     *                             "Arn"
                     *                           ]
                     *                         },
                     *                         {
                     *                           "Fn::Sub": "${Bucket.Arn}/*"
                     *                         }
                     *                       ],
                     *                       "Condition": {
                     *                         "Bool": {
                     *                           "aws:SecureTransport": "false"
                     *                         }
                     *                       }
                     *                     }
                     *                   ]
                     *                 }
                     *               }
                     *             }
                     *           },
                     *           "Outputs": {
                     *             "BucketName": {
                     *               "Description": "The bucket's name",
                     *               "Value": {
                     *                 "Ref": "Bucket"
                     *               }
                     *             },
                     *             "BucketArn": {
                     *               "Description": "The bucket's ARN",
                     *               "Value": {
                     *                 "Fn::GetAtt": [
                     *                   "Bucket",
                     *                   "Arn"
                     *                 ]
                     *               }
                     *             }
                     *           }
                     *         },
                     *         "resources": [
                     *           {
                     *             "logicalId": "Bucket",
                     *             "type": "AWS::S3::Bucket"
                     *           },
                     *           {
                     *             "logicalId": "BucketPolicy",
                     *             "type": "AWS::S3::BucketPolicy"
                     *           }
                     *         ],
                     *         "cost": {
                     *           "monthlyUsd": 1.13,
                     *           "currency": "USD",
                     *           "priceTable": "aws-us-east-1-2026-11",
                     *           "lines": [
                     *             {
                     *               "item": "S3 Standard storage",
                     *               "quantity": 10,
                     *               "unit": "GB-month",
                     *               "unitPriceUsd": 0.023,
                     *               "monthlyUsd": 0.23
                     *             },
                     *             {
                     *               "item": "S3 write requests",
                     *               "quantity": 100,
                     *               "unit": "1,000 requests",
                     *               "unitPriceUsd": 0.005,
                     *               "monthlyUsd": 0.5
                     *             },
                     *             {
                     *               "item": "S3 read requests",
                     *               "quantity": 1000,
                     *               "unit": "1,000 requests",
                     *               "unitPriceUsd": 0.0004,
                     *               "monthlyUsd": 0.4
                     *             }
                     *           ]
                     *         },
                     *         "policies": [
                     *           {
                     *             "rule": "naming",
                     *             "outcome": "pass",
                     *             "reason": "resources are named plinth-examples-payments-production-ledger"
                     *           },
                     *           {
                     *             "rule": "allowed-regions",
                     *             "outcome": "pass",
                     *             "reason": "us-east-1 is an allowed region"
                     *           },
                     *           {
                     *             "rule": "required-tags",
                     *             "outcome": "pass",
                     *             "reason": "owner and cost-center are set; team is added by the platform"
                     *           },
                     *           {
                     *             "rule": "ttl-limit",
                     *             "outcome": "pass",
                     *             "reason": "production resources do not expire"
                     *           },
                     *           {
                     *             "rule": "team-budget",
                     *             "outcome": "pass",
                     *             "reason": "$1.13/month is reserved from team payments's $1000.00 monthly budget as the request is recorded"
                     *           },
                     *           {
                     *             "rule": "production-approval",
                     *             "outcome": "approval",
                     *             "reason": "production changes need an approver of the team"
                     *           },
                     *           {
                     *             "rule": "high-risk-approval",
                     *             "outcome": "pass",
                     *             "reason": "s3-bucket is low risk"
                     *           }
                     *         ],
                     *         "allowed": true,
                     *         "approval": "required",
                     *         "hash": "3cd2ad27cfd7bdec26cee2ece7373f083bdd06a8eabd005b5731ce867dc249d6"
                     *       },
                     *       "changes": [
                     *         {
                     *           "action": "Add",
                     *           "logicalId": "Bucket",
                     *           "type": "AWS::S3::Bucket"
                     *         },
                     *         {
                     *           "action": "Add",
                     *           "logicalId": "BucketPolicy",
                     *           "type": "AWS::S3::BucketPolicy"
                     *         }
                     *       ],
                     *       "outputs": {},
                     *       "attempt": 1,
                     *       "execution": "arn:aws:states:us-east-1:000000000000:execution:plinth-examples-Provisioning:pr-54303035027646eb857e-1",
                     *       "timeline": [
                     *         {
                     *           "at": "2026-12-06T16:50:50.625Z",
                     *           "step": "request",
                     *           "status": "VALIDATING",
                     *           "message": "requested s3-bucket ledger",
                     *           "actor": "alice"
                     *         },
                     *         {
                     *           "at": "2026-12-06T16:52:00.579Z",
                     *           "step": "validate",
                     *           "status": "VALIDATING",
                     *           "message": "template rendered and policies passed"
                     *         },
                     *         {
                     *           "at": "2026-12-06T16:52:47.751Z",
                     *           "step": "plan",
                     *           "status": "PLANNED",
                     *           "message": "change set: Add 2; 1.13 USD/month"
                     *         },
                     *         {
                     *           "at": "2026-12-06T16:53:08.355Z",
                     *           "step": "approval",
                     *           "status": "AWAITING_APPROVAL",
                     *           "message": "waiting for an approver of payments to approve plan 3cd2ad27cfd7"
                     *         },
                     *         {
                     *           "step": "approval",
                     *           "message": "approved plan 3cd2ad27cfd7",
                     *           "actor": "bob",
                     *           "at": "2026-12-06T16:54:18.648Z",
                     *           "status": "AWAITING_APPROVAL"
                     *         }
                     *       ],
                     *       "createdAt": "2026-12-06T16:50:50.625Z",
                     *       "updatedAt": "2026-12-06T16:54:18.648Z",
                     *       "approval": {
                     *         "decision": "approved",
                     *         "by": "bob",
                     *         "at": "2026-12-06T16:54:18.576Z",
                     *         "planHash": "3cd2ad27cfd7bdec26cee2ece7373f083bdd06a8eabd005b5731ce867dc249d6",
                     *         "comment": "reviewed: versioned, KMS-encrypted"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ProvisioningRequest"];
                };
            };
            /** @description invalid_parameter */
            400: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description self_approval */
            403: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description stale_plan */
            409: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description validation_failed */
            422: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rejectProvisioningRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "comment": "use the shared archive bucket"
                 *     }
                 */
                "application/json": components["schemas"]["Rejection"];
            };
        };
        responses: {
            /** @description The request after the decision */
            200: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "pr-828d131370f047d9a869",
                     *       "team": "payments",
                     *       "requestedBy": "alice",
                     *       "name": "archive",
                     *       "template": {
                     *         "id": "s3-bucket",
                     *         "version": "1.2.0"
                     *       },
                     *       "environment": "production",
                     *       "region": "us-east-1",
                     *       "tags": {
                     *         "owner": "alice@example.com",
                     *         "cost-center": "CC-1234",
                     *         "team": "payments",
                     *         "plinth:team": "payments",
                     *         "plinth:stage": "examples",
                     *         "plinth:template": "s3-bucket@1.2.0",
                     *         "plinth:request": "pr-828d131370f047d9a869"
                     *       },
                     *       "status": "REJECTED",
                     *       "version": 4,
                     *       "plan": {
                     *         "template": {
                     *           "id": "s3-bucket",
                     *           "version": "1.2.0"
                     *         },
                     *         "stackName": "plinth-examples-payments-production-archive",
                     *         "region": "us-east-1",
                     *         "environment": "production",
                     *         "parameters": {
                     *           "versioning": true,
                     *           "encryption": "SSE-S3",
                     *           "noncurrentVersionExpirationDays": 30,
                     *           "expectedStorageGb": 10,
                     *           "expectedWritesPerMonth": 100000,
                     *           "expectedReadsPerMonth": 1000000
                     *         },
                     *         "templateBody": {
                     *           "AWSTemplateFormatVersion": "2010-09-09",
                     *           "Description": "Plinth s3-bucket 1.2.0: plinth-examples-payments-production-archive",
                     *           "Resources": {
                     *             "Bucket": {
                     *               "Type": "AWS::S3::Bucket",
                     *               "DeletionPolicy": "Delete",
                     *               "Properties": {
                     *                 "BucketName": "plinth-examples-payments-production-archive",
                     *                 "PublicAccessBlockConfiguration": {
                     *                   "BlockPublicAcls": true,
                     *                   "BlockPublicPolicy": true,
                     *                   "IgnorePublicAcls": true,
                     *                   "RestrictPublicBuckets": true
                     *                 },
                     *                 "OwnershipControls": {
                     *                   "Rules": [
                     *                     {
                     *                       "ObjectOwnership": "BucketOwnerEnforced"
                     *                     }
                     *                   ]
                     *                 },
                     *                 "BucketEncryption": {
                     *                   "ServerSideEncryptionConfiguration": [
                     *                     {
                     *                       "ServerSideEncryptionByDefault": {
                     *                         "SSEAlgorithm": "AES256"
                     *                       },
                     *                       "BucketKeyEnabled": false
                     *                     }
                     *                   ]
                     *                 },
                     *                 "VersioningConfiguration": {
                     *                   "Status": "Enabled"
                     *                 },
                     *                 "LifecycleConfiguration": {
                     *                   "Rules": [
                     *                     {
                     *                       "Id": "expire-noncurrent",
                     *                       "Status": "Enabled",
                     *                       "NoncurrentVersionExpiration": {
                     *                         "NoncurrentDays": 30
                     *                       }
                     *                     },
                     *                     {
                     *                       "Id": "abort-incomplete-uploads",
                     *                       "Status": "Enabled",
                     *                       "AbortIncompleteMultipartUpload": {
                     *                         "DaysAfterInitiation": 7
                     *                       }
                     *                     }
                     *                   ]
                     *                 },
                     *                 "Tags": [
                     *                   {
                     *                     "Key": "cost-center",
                     *                     "Value": "CC-1234"
                     *                   },
                     *                   {
                     *                     "Key": "owner",
                     *                     "Value": "alice@example.com"
                     *                   },
                     *                   {
                     *                     "Key": "plinth:request",
                     *                     "Value": "pr-828d131370f047d9a869"
                     *                   },
                     *                   {
                     *                     "Key": "plinth:stage",
                     *                     "Value": "examples"
                     *                   },
                     *                   {
                     *                     "Key": "plinth:team",
                     *                     "Value": "payments"
                     *                   },
                     *                   {
                     *                     "Key": "plinth:template",
                     *                     "Value": "s3-bucket@1.2.0"
                     *                   },
                     *                   {
                     *                     "Key": "team",
                     *                     "Value": "payments"
                     *                   }
                     *                 ]
                     *               }
                     *             },
                     *             "BucketPolicy": {
                     *               "Type": "AWS::S3::BucketPolicy",
                     *               "Properties": {
                     *                 "Bucket": {
                     *                   "Ref": "Bucket"
                     *                 },
                     *                 "PolicyDocument": {
                     *                   "Version": "2012-10-17",
                     *                   "Statement": [
                     *                     {
                     *                       "Sid": "DenyInsecureTransport",
                     *                       "Effect": "Deny",
                     *                       "Principal": "*",
                     *                       "Action": "s3:*",
                     *                       "Resource": [
                     *                         {
                     *                           "Fn::GetAtt": [
                     *                             "Bucket",
                     *                             "Arn"
                     *                           ]
                     *                         },
                     *                         {
                     *                           "Fn::Sub": "${Bucket.Arn}/*"
                     *                         }
                     *                       ],
                     *                       "Condition": {
                     *                         "Bool": {
                     *                           "aws:SecureTransport": "false"
                     *                         }
                     *                       }
                     *                     }
                     *                   ]
                     *                 }
                     *               }
                     *             }
                     *           },
                     *           "Outputs": {
                     *             "BucketName": {
                     *               "Description": "The bucket's name",
                     *               "Value": {
                     *                 "Ref": "Bucket"
                     *               }
                     *             },
                     *             "BucketArn": {
                     *               "Description": "The bucket's ARN",
                     *               "Value": {
                     *                 "Fn::GetAtt": [
                     *                   "Bucket",
                     *                   "Arn"
                     *                 ]
                     *               }
                     *             }
                     *           }
                     *         },
                     *         "resources": [
                     *           {
                     *             "logicalId": "Bucket",
                     *             "type": "AWS::S3::Bucket"
                     *           },
                     *           {
                     *             "logicalId": "BucketPolicy",
                     *             "type": "AWS::S3::BucketPolicy"
                     *           }
                     *         ],
                     *         "cost": {
                     *           "monthlyUsd": 1.13,
                     *           "currency": "USD",
                     *           "priceTable": "aws-us-east-1-2026-11",
                     *           "lines": [
                     *             {
                     *               "item": "S3 Standard storage",
                     *               "quantity": 10,
                     *               "unit": "GB-month",
                     *               "unitPriceUsd": 0.023,
                     *               "monthlyUsd": 0.23
                     *             },
                     *             {
                     *               "item": "S3 write requests",
                     *               "quantity": 100,
                     *               "unit": "1,000 requests",
                     *               "unitPriceUsd": 0.005,
                     *               "monthlyUsd": 0.5
                     *             },
                     *             {
                     *               "item": "S3 read requests",
                     *               "quantity": 1000,
                     *               "unit": "1,000 requests",
                     *               "unitPriceUsd": 0.0004,
                     *               "monthlyUsd": 0.4
                     *             }
                     *           ]
                     *         },
                     *         "policies": [
                     *           {
                     *             "rule": "naming",
                     *             "outcome": "pass",
                     *             "reason": "resources are named plinth-examples-payments-production-archive"
                     *           },
                     *           {
                     *             "rule": "allowed-regions",
                     *             "outcome": "pass",
                     *             "reason": "us-east-1 is an allowed region"
                     *           },
                     *           {
                     *             "rule": "required-tags",
                     *             "outcome": "pass",
                     *             "reason": "owner and cost-center are set; team is added by the platform"
                     *           },
                     *           {
                     *             "rule": "ttl-limit",
                     *             "outcome": "pass",
                     *             "reason": "production resources do not expire"
                     *           },
                     *           {
                     *             "rule": "team-budget",
                     *             "outcome": "pass",
                     *             "reason": "$1.13/month is reserved from team payments's $1000.00 monthly budget as the request is recorded"
                     *           },
                     *           {
                     *             "rule": "production-approval",
                     *             "outcome": "approval",
                     *             "reason": "production changes need an approver of the team"
                     *           },
                     *           {
                     *             "rule": "high-risk-approval",
                     *             "outcome": "pass",
                     *             "reason": "s3-bucket is low risk"
                     *           }
                     *         ],
                     *         "allowed": true,
                     *         "approval": "required",
                     *         "hash": "1d6a73663194cf189702f1ab58835c506e3a9964b0f8833c43a2b75e85dce1dd"
                     *       },
                     *       "changes": [
                     *         {
                     *           "action": "Add",
                     *           "logicalId": "Bucket",
                     *           "type": "AWS::S3::Bucket"
                     *         },
                     *         {
                     *           "action": "Add",
                     *           "logicalId": "BucketPolicy",
                     *           "type": "AWS::S3::BucketPolicy"
                     *         }
                     *       ],
                     *       "outputs": {},
                     *       "attempt": 1,
                     *       "execution": "arn:aws:states:us-east-1:000000000000:execution:plinth-examples-Provisioning:pr-828d131370f047d9a869-1",
                     *       "timeline": [
                     *         {
                     *           "at": "2026-12-06T16:55:10.372Z",
                     *           "step": "request",
                     *           "status": "VALIDATING",
                     *           "message": "requested s3-bucket archive",
                     *           "actor": "alice"
                     *         },
                     *         {
                     *           "at": "2026-12-06T16:56:07.161Z",
                     *           "step": "validate",
                     *           "status": "VALIDATING",
                     *           "message": "template rendered and policies passed"
                     *         },
                     *         {
                     *           "at": "2026-12-06T16:56:44.297Z",
                     *           "step": "plan",
                     *           "status": "PLANNED",
                     *           "message": "change set: Add 2; 1.13 USD/month"
                     *         },
                     *         {
                     *           "at": "2026-12-06T16:57:03.278Z",
                     *           "step": "approval",
                     *           "status": "AWAITING_APPROVAL",
                     *           "message": "waiting for an approver of payments to approve plan 1d6a73663194"
                     *         },
                     *         {
                     *           "step": "approval",
                     *           "message": "rejected: use the shared archive bucket",
                     *           "actor": "bob",
                     *           "at": "2026-12-06T16:58:02.078Z",
                     *           "status": "REJECTED"
                     *         }
                     *       ],
                     *       "createdAt": "2026-12-06T16:55:10.372Z",
                     *       "updatedAt": "2026-12-06T16:58:02.078Z",
                     *       "approval": {
                     *         "decision": "rejected",
                     *         "by": "bob",
                     *         "at": "2026-12-06T16:58:02.041Z",
                     *         "planHash": "1d6a73663194cf189702f1ab58835c506e3a9964b0f8833c43a2b75e85dce1dd",
                     *         "comment": "use the shared archive bucket"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ProvisioningRequest"];
                };
            };
            /** @description invalid_parameter */
            400: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description self_approval */
            403: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description stale_plan */
            409: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description validation_failed */
            422: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelProvisioningRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted: a workflow is on it */
            202: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    /** @description Where to follow what was created or started */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "pr-aa6ef9083fcc4e01a861",
                     *       "team": "payments",
                     *       "requestedBy": "alice",
                     *       "name": "scratch",
                     *       "template": {
                     *         "id": "s3-bucket",
                     *         "version": "1.2.0"
                     *       },
                     *       "environment": "production",
                     *       "region": "us-east-1",
                     *       "tags": {
                     *         "owner": "alice@example.com",
                     *         "cost-center": "CC-1234",
                     *         "team": "payments",
                     *         "plinth:team": "payments",
                     *         "plinth:stage": "examples",
                     *         "plinth:template": "s3-bucket@1.2.0",
                     *         "plinth:request": "pr-aa6ef9083fcc4e01a861"
                     *       },
                     *       "status": "CANCELLED",
                     *       "version": 4,
                     *       "plan": {
                     *         "template": {
                     *           "id": "s3-bucket",
                     *           "version": "1.2.0"
                     *         },
                     *         "stackName": "plinth-examples-payments-production-scratch",
                     *         "region": "us-east-1",
                     *         "environment": "production",
                     *         "parameters": {
                     *           "versioning": true,
                     *           "encryption": "SSE-S3",
                     *           "noncurrentVersionExpirationDays": 30,
                     *           "expectedStorageGb": 10,
                     *           "expectedWritesPerMonth": 100000,
                     *           "expectedReadsPerMonth": 1000000
                     *         },
                     *         "templateBody": {
                     *           "AWSTemplateFormatVersion": "2010-09-09",
                     *           "Description": "Plinth s3-bucket 1.2.0: plinth-examples-payments-production-scratch",
                     *           "Resources": {
                     *             "Bucket": {
                     *               "Type": "AWS::S3::Bucket",
                     *               "DeletionPolicy": "Delete",
                     *               "Properties": {
                     *                 "BucketName": "plinth-examples-payments-production-scratch",
                     *                 "PublicAccessBlockConfiguration": {
                     *                   "BlockPublicAcls": true,
                     *                   "BlockPublicPolicy": true,
                     *                   "IgnorePublicAcls": true,
                     *                   "RestrictPublicBuckets": true
                     *                 },
                     *                 "OwnershipControls": {
                     *                   "Rules": [
                     *                     {
                     *                       "ObjectOwnership": "BucketOwnerEnforced"
                     *                     }
                     *                   ]
                     *                 },
                     *                 "BucketEncryption": {
                     *                   "ServerSideEncryptionConfiguration": [
                     *                     {
                     *                       "ServerSideEncryptionByDefault": {
                     *                         "SSEAlgorithm": "AES256"
                     *                       },
                     *                       "BucketKeyEnabled": false
                     *                     }
                     *                   ]
                     *                 },
                     *                 "VersioningConfiguration": {
                     *                   "Status": "Enabled"
                     *                 },
                     *                 "LifecycleConfiguration": {
                     *                   "Rules": [
                     *                     {
                     *                       "Id": "expire-noncurrent",
                     *                       "Status": "Enabled",
                     *                       "NoncurrentVersionExpiration": {
                     *                         "NoncurrentDays": 30
                     *                       }
                     *                     },
                     *                     {
                     *                       "Id": "abort-incomplete-uploads",
                     *                       "Status": "Enabled",
                     *                       "AbortIncompleteMultipartUpload": {
                     *                         "DaysAfterInitiation": 7
                     *                       }
                     *                     }
                     *                   ]
                     *                 },
                     *                 "Tags": [
                     *                   {
                     *                     "Key": "cost-center",
                     *                     "Value": "CC-1234"
                     *                   },
                     *                   {
                     *                     "Key": "owner",
                     *                     "Value": "alice@example.com"
                     *                   },
                     *                   {
                     *                     "Key": "plinth:request",
                     *                     "Value": "pr-aa6ef9083fcc4e01a861"
                     *                   },
                     *                   {
                     *                     "Key": "plinth:stage",
                     *                     "Value": "examples"
                     *                   },
                     *                   {
                     *                     "Key": "plinth:team",
                     *                     "Value": "payments"
                     *                   },
                     *                   {
                     *                     "Key": "plinth:template",
                     *                     "Value": "s3-bucket@1.2.0"
                     *                   },
                     *                   {
                     *                     "Key": "team",
                     *                     "Value": "payments"
                     *                   }
                     *                 ]
                     *               }
                     *             },
                     *             "BucketPolicy": {
                     *               "Type": "AWS::S3::BucketPolicy",
                     *               "Properties": {
                     *                 "Bucket": {
                     *                   "Ref": "Bucket"
                     *                 },
                     *                 "PolicyDocument": {
                     *                   "Version": "2012-10-17",
                     *                   "Statement": [
                     *                     {
                     *                       "Sid": "DenyInsecureTransport",
                     *                       "Effect": "Deny",
                     *                       "Principal": "*",
                     *                       "Action": "s3:*",
                     *                       "Resource": [
                     *                         {
                     *                           "Fn::GetAtt": [
                     *                             "Bucket",
                     *                             "Arn"
                     *                           ]
                     *                         },
                     *                         {
                     *                           "Fn::Sub": "${Bucket.Arn}/*"
                     *                         }
                     *                       ],
                     *                       "Condition": {
                     *                         "Bool": {
                     *                           "aws:SecureTransport": "false"
                     *                         }
                     *                       }
                     *                     }
                     *                   ]
                     *                 }
                     *               }
                     *             }
                     *           },
                     *           "Outputs": {
                     *             "BucketName": {
                     *               "Description": "The bucket's name",
                     *               "Value": {
                     *                 "Ref": "Bucket"
                     *               }
                     *             },
                     *             "BucketArn": {
                     *               "Description": "The bucket's ARN",
                     *               "Value": {
                     *                 "Fn::GetAtt": [
                     *                   "Bucket",
                     *                   "Arn"
                     *                 ]
                     *               }
                     *             }
                     *           }
                     *         },
                     *         "resources": [
                     *           {
                     *             "logicalId": "Bucket",
                     *             "type": "AWS::S3::Bucket"
                     *           },
                     *           {
                     *             "logicalId": "BucketPolicy",
                     *             "type": "AWS::S3::BucketPolicy"
                     *           }
                     *         ],
                     *         "cost": {
                     *           "monthlyUsd": 1.13,
                     *           "currency": "USD",
                     *           "priceTable": "aws-us-east-1-2026-11",
                     *           "lines": [
                     *             {
                     *               "item": "S3 Standard storage",
                     *               "quantity": 10,
                     *               "unit": "GB-month",
                     *               "unitPriceUsd": 0.023,
                     *               "monthlyUsd": 0.23
                     *             },
                     *             {
                     *               "item": "S3 write requests",
                     *               "quantity": 100,
                     *               "unit": "1,000 requests",
                     *               "unitPriceUsd": 0.005,
                     *               "monthlyUsd": 0.5
                     *             },
                     *             {
                     *               "item": "S3 read requests",
                     *               "quantity": 1000,
                     *               "unit": "1,000 requests",
                     *               "unitPriceUsd": 0.0004,
                     *               "monthlyUsd": 0.4
                     *             }
                     *           ]
                     *         },
                     *         "policies": [
                     *           {
                     *             "rule": "naming",
                     *             "outcome": "pass",
                     *             "reason": "resources are named plinth-examples-payments-production-scratch"
                     *           },
                     *           {
                     *             "rule": "allowed-regions",
                     *             "outcome": "pass",
                     *             "reason": "us-east-1 is an allowed region"
                     *           },
                     *           {
                     *             "rule": "required-tags",
                     *             "outcome": "pass",
                     *             "reason": "owner and cost-center are set; team is added by the platform"
                     *           },
                     *           {
                     *             "rule": "ttl-limit",
                     *             "outcome": "pass",
                     *             "reason": "production resources do not expire"
                     *           },
                     *           {
                     *             "rule": "team-budget",
                     *             "outcome": "pass",
                     *             "reason": "$1.13/month is reserved from team payments's $1000.00 monthly budget as the request is recorded"
                     *           },
                     *           {
                     *             "rule": "production-approval",
                     *             "outcome": "approval",
                     *             "reason": "production changes need an approver of the team"
                     *           },
                     *           {
                     *             "rule": "high-risk-approval",
                     *             "outcome": "pass",
                     *             "reason": "s3-bucket is low risk"
                     *           }
                     *         ],
                     *         "allowed": true,
                     *         "approval": "required",
                     *         "hash": "b0f80b5cb2fa56f0b09e0fbd433df0aae36f1ac96a5483642958b2b84ad5fe20"
                     *       },
                     *       "changes": [
                     *         {
                     *           "action": "Add",
                     *           "logicalId": "Bucket",
                     *           "type": "AWS::S3::Bucket"
                     *         },
                     *         {
                     *           "action": "Add",
                     *           "logicalId": "BucketPolicy",
                     *           "type": "AWS::S3::BucketPolicy"
                     *         }
                     *       ],
                     *       "outputs": {},
                     *       "attempt": 1,
                     *       "execution": "arn:aws:states:us-east-1:000000000000:execution:plinth-examples-ProvisioningTeardown:pr-aa6ef9083fcc4e01a861-cancel",
                     *       "timeline": [
                     *         {
                     *           "at": "2026-12-06T16:58:38.992Z",
                     *           "step": "request",
                     *           "status": "VALIDATING",
                     *           "message": "requested s3-bucket scratch",
                     *           "actor": "alice"
                     *         },
                     *         {
                     *           "at": "2026-12-06T16:59:15.681Z",
                     *           "step": "validate",
                     *           "status": "VALIDATING",
                     *           "message": "template rendered and policies passed"
                     *         },
                     *         {
                     *           "at": "2026-12-06T16:59:47.727Z",
                     *           "step": "plan",
                     *           "status": "PLANNED",
                     *           "message": "change set: Add 2; 1.13 USD/month"
                     *         },
                     *         {
                     *           "at": "2026-12-06T17:00:24.405Z",
                     *           "step": "approval",
                     *           "status": "AWAITING_APPROVAL",
                     *           "message": "waiting for an approver of payments to approve plan b0f80b5cb2fa"
                     *         },
                     *         {
                     *           "step": "cancel",
                     *           "message": "cancelled; cleaning up",
                     *           "actor": "alice",
                     *           "at": "2026-12-06T17:01:01.541Z",
                     *           "status": "CANCELLED"
                     *         }
                     *       ],
                     *       "createdAt": "2026-12-06T16:58:38.992Z",
                     *       "updatedAt": "2026-12-06T17:01:01.541Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ProvisioningRequest"];
                };
            };
            /** @description invalid_parameter */
            400: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description forbidden */
            403: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflict */
            409: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    retryProvisioningRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted: a workflow is on it */
            202: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    /** @description Where to follow what was created or started */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "pr-378e4da9d6f949de8703",
                     *       "team": "payments",
                     *       "requestedBy": "alice",
                     *       "name": "events",
                     *       "template": {
                     *         "id": "sqs-queue",
                     *         "version": "1.1.0"
                     *       },
                     *       "environment": "dev",
                     *       "region": "us-east-1",
                     *       "tags": {
                     *         "owner": "alice@example.com",
                     *         "cost-center": "CC-1234",
                     *         "team": "payments",
                     *         "plinth:team": "payments",
                     *         "plinth:stage": "examples",
                     *         "plinth:template": "sqs-queue@1.1.0",
                     *         "plinth:request": "pr-378e4da9d6f949de8703"
                     *       },
                     *       "status": "VALIDATING",
                     *       "version": 5,
                     *       "plan": {
                     *         "template": {
                     *           "id": "sqs-queue",
                     *           "version": "1.1.0"
                     *         },
                     *         "stackName": "plinth-examples-payments-dev-events",
                     *         "region": "us-east-1",
                     *         "environment": "dev",
                     *         "parameters": {
                     *           "fifo": false,
                     *           "visibilityTimeoutSeconds": 30,
                     *           "messageRetentionDays": 4,
                     *           "maxReceiveCount": 5,
                     *           "deadLetterRetentionDays": 14,
                     *           "expectedMessagesPerMonth": 1000000
                     *         },
                     *         "templateBody": {
                     *           "AWSTemplateFormatVersion": "2010-09-09",
                     *           "Description": "Plinth sqs-queue 1.1.0: plinth-examples-payments-dev-events",
                     *           "Resources": {
                     *             "DeadLetterQueue": {
                     *               "Type": "AWS::SQS::Queue",
                     *               "Properties": {
                     *                 "QueueName": "plinth-examples-payments-dev-events-dlq",
                     *                 "MessageRetentionPeriod": 1209600,
                     *                 "SqsManagedSseEnabled": true,
                     *                 "Tags": [
                     *                   {
                     *                     "Key": "cost-center",
                     *                     "Value": "CC-1234"
                     *                   },
                     *                   {
                     *                     "Key": "owner",
                     *                     "Value": "alice@example.com"
                     *                   },
                     *                   {
                     *                     "Key": "plinth:request",
                     *                     "Value": "pr-378e4da9d6f949de8703"
                     *                   },
                     *                   {
                     *                     "Key": "plinth:stage",
                     *                     "Value": "examples"
                     *                   },
                     *                   {
                     *                     "Key": "plinth:team",
                     *                     "Value": "payments"
                     *                   },
                     *                   {
                     *                     "Key": "plinth:template",
                     *                     "Value": "sqs-queue@1.1.0"
                     *                   },
                     *                   {
                     *                     "Key": "team",
                     *                     "Value": "payments"
                     *                   }
                     *                 ]
                     *               }
                     *             },
                     *             "Queue": {
                     *               "Type": "AWS::SQS::Queue",
                     *               "Properties": {
                     *                 "QueueName": "plinth-examples-payments-dev-events",
                     *                 "VisibilityTimeout": 30,
                     *                 "MessageRetentionPeriod": 345600,
                     *                 "SqsManagedSseEnabled": true,
                     *                 "RedrivePolicy": {
                     *                   "deadLetterTargetArn": {
                     *                     "Fn::GetAtt": [
                     *                       "DeadLetterQueue",
                     *                       "Arn"
                     *                     ]
                     *                   },
                     *                   "maxReceiveCount": 5
                     *                 },
                     *                 "Tags": [
                     *                   {
                     *                     "Key": "cost-center",
                     *                     "Value": "CC-1234"
                     *                   },
                     *                   {
                     *                     "Key": "owner",
                     *                     "Value": "alice@example.com"
                     *                   },
                     *                   {
                     *                     "Key": "plinth:request",
                     *                     "Value": "pr-378e4da9d6f949de8703"
                     *                   },
                     *                   {
                     *                     "Key": "plinth:stage",
                     *                     "Value": "examples"
                     *                   },
                     *                   {
                     *                     "Key": "plinth:team",
                     *                     "Value": "payments"
                     *                   },
                     *                   {
                     *                     "Key": "plinth:template",
                     *                     "Value": "sqs-queue@1.1.0"
                     *                   },
                     *                   {
                     *                     "Key": "team",
                     *                     "Value": "payments"
                     *                   }
                     *                 ]
                     *               }
                     *             }
                     *           },
                     *           "Outputs": {
                     *             "QueueUrl": {
                     *               "Description": "Send messages here",
                     *               "Value": {
                     *                 "Ref": "Queue"
                     *               }
                     *             },
                     *             "QueueArn": {
                     *               "Description": "The queue's ARN",
                     *               "Value": {
                     *                 "Fn::GetAtt": [
                     *                   "Queue",
                     *                   "Arn"
                     *                 ]
                     *               }
                     *             },
                     *             "DeadLetterQueueUrl": {
                     *               "Description": "Messages that failed maxReceiveCount times",
                     *               "Value": {
                     *                 "Ref": "DeadLetterQueue"
                     *               }
                     *             }
                     *           }
                     *         },
                     *         "resources": [
                     *           {
                     *             "logicalId": "DeadLetterQueue",
                     *             "type": "AWS::SQS::Queue"
                     *           },
                     *           {
                     *             "logicalId": "Queue",
                     *             "type": "AWS::SQS::Queue"
                     *           }
                     *         ],
                     *         "cost": {
                     *           "monthlyUsd": 1.2,
                     *           "currency": "USD",
                     *           "priceTable": "aws-us-east-1-2026-11",
                     *           "lines": [
                     *             {
                     *               "item": "SQS standard requests",
                     *               "quantity": 3,
                     *               "unit": "million requests",
                     *               "unitPriceUsd": 0.4,
                     *               "monthlyUsd": 1.2
                     *             }
                     *           ]
                     *         },
                     *         "policies": [
                     *           {
                     *             "rule": "naming",
                     *             "outcome": "pass",
                     *             "reason": "resources are named plinth-examples-payments-dev-events"
                     *           },
                     *           {
                     *             "rule": "allowed-regions",
                     *             "outcome": "pass",
                     *             "reason": "us-east-1 is an allowed region"
                     *           },
                     *           {
                     *             "rule": "required-tags",
                     *             "outcome": "pass",
                     *             "reason": "owner and cost-center are set; team is added by the platform"
                     *           },
                     *           {
                     *             "rule": "ttl-limit",
                     *             "outcome": "pass",
                     *             "reason": "expires 24 hours after it is created"
                     *           },
                     *           {
                     *             "rule": "team-budget",
                     *             "outcome": "pass",
                     *             "reason": "$1.20/month is reserved from team payments's $1000.00 monthly budget as the request is recorded"
                     *           },
                     *           {
                     *             "rule": "production-approval",
                     *             "outcome": "pass",
                     *             "reason": "dev changes need no approval"
                     *           },
                     *           {
                     *             "rule": "high-risk-approval",
                     *             "outcome": "pass",
                     *             "reason": "sqs-queue is low risk"
                     *           }
                     *         ],
                     *         "allowed": true,
                     *         "approval": "not-required",
                     *         "hash": "d54ad15325ac1f5361871a629bd190fac39aeffb3c72c869161a94af861e7c50"
                     *       },
                     *       "changes": [
                     *         {
                     *           "action": "Add",
                     *           "logicalId": "DeadLetterQueue",
                     *           "type": "AWS::SQS::Queue"
                     *         },
                     *         {
                     *           "action": "Add",
                     *           "logicalId": "Queue",
                     *           "type": "AWS::SQS::Queue"
                     *         }
                     *       ],
                     *       "outputs": {},
                     *       "failure": {
                     *         "step": "apply",
                     *         "error": "Plinth.StackFailed",
                     *         "reason": "DeadLetterQueue (AWS::SQS::Queue): Resource handler returned message: \"AWS::SQS::Queue https://sqs.us-east-1.amazonaws.com/000000000000/plinth-examples-payments-dev-events-dlq could not be created (injected fault)\"",
                     *         "at": "2026-12-06T17:05:16.594Z",
                     *         "cleanup": "deleted"
                     *       },
                     *       "ttlHours": 24,
                     *       "attempt": 2,
                     *       "execution": "arn:aws:states:us-east-1:000000000000:execution:plinth-examples-Provisioning:pr-378e4da9d6f949de8703-2",
                     *       "timeline": [
                     *         {
                     *           "at": "2026-12-06T17:01:49.655Z",
                     *           "step": "request",
                     *           "status": "VALIDATING",
                     *           "message": "requested sqs-queue events",
                     *           "actor": "alice"
                     *         },
                     *         {
                     *           "at": "2026-12-06T17:02:28.368Z",
                     *           "step": "validate",
                     *           "status": "VALIDATING",
                     *           "message": "template rendered and policies passed"
                     *         },
                     *         {
                     *           "at": "2026-12-06T17:04:01.985Z",
                     *           "step": "plan",
                     *           "status": "PLANNED",
                     *           "message": "change set: Add 2; 1.20 USD/month"
                     *         },
                     *         {
                     *           "at": "2026-12-06T17:04:22.248Z",
                     *           "step": "apply",
                     *           "status": "APPLYING",
                     *           "message": "executing the change set"
                     *         },
                     *         {
                     *           "at": "2026-12-06T17:05:16.594Z",
                     *           "step": "apply",
                     *           "status": "FAILED",
                     *           "message": "failed; stack deleted",
                     *           "error": "DeadLetterQueue (AWS::SQS::Queue): Resource handler returned message: \"AWS::SQS::Queue https://sqs.us-east-1.amazonaws.com/000000000000/plinth-examples-payments-dev-events-dlq could not be created (injected fault)\""
                     *         },
                     *         {
                     *           "step": "retry",
                     *           "message": "retry 2 after apply",
                     *           "actor": "alice",
                     *           "at": "2026-12-06T17:06:35.882Z",
                     *           "status": "VALIDATING"
                     *         }
                     *       ],
                     *       "createdAt": "2026-12-06T17:01:49.655Z",
                     *       "updatedAt": "2026-12-06T17:06:35.882Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ProvisioningRequest"];
                };
            };
            /** @description invalid_parameter */
            400: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description forbidden */
            403: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflict */
            409: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    destroyProvisioningRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted: a workflow is on it */
            202: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    /** @description Where to follow what was created or started */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "pr-7451a36dce220aff610e",
                     *       "team": "payments",
                     *       "service": "checkout-api",
                     *       "requestedBy": "alice",
                     *       "name": "orders",
                     *       "template": {
                     *         "id": "sqs-queue",
                     *         "version": "1.1.0"
                     *       },
                     *       "environment": "dev",
                     *       "region": "us-east-1",
                     *       "tags": {
                     *         "owner": "alice@example.com",
                     *         "cost-center": "CC-1234",
                     *         "team": "payments",
                     *         "plinth:team": "payments",
                     *         "plinth:stage": "examples",
                     *         "plinth:template": "sqs-queue@1.1.0",
                     *         "plinth:request": "pr-7451a36dce220aff610e",
                     *         "plinth:service": "checkout-api"
                     *       },
                     *       "status": "DESTROYING",
                     *       "version": 6,
                     *       "plan": {
                     *         "template": {
                     *           "id": "sqs-queue",
                     *           "version": "1.1.0"
                     *         },
                     *         "stackName": "plinth-examples-payments-dev-orders",
                     *         "region": "us-east-1",
                     *         "environment": "dev",
                     *         "parameters": {
                     *           "fifo": false,
                     *           "visibilityTimeoutSeconds": 30,
                     *           "messageRetentionDays": 4,
                     *           "maxReceiveCount": 3,
                     *           "deadLetterRetentionDays": 14,
                     *           "expectedMessagesPerMonth": 1000000
                     *         },
                     *         "templateBody": {
                     *           "AWSTemplateFormatVersion": "2010-09-09",
                     *           "Description": "Plinth sqs-queue 1.1.0: plinth-examples-payments-dev-orders",
                     *           "Resources": {
                     *             "DeadLetterQueue": {
                     *               "Type": "AWS::SQS::Queue",
                     *               "Properties": {
                     *                 "QueueName": "plinth-examples-payments-dev-orders-dlq",
                     *                 "MessageRetentionPeriod": 1209600,
                     *                 "SqsManagedSseEnabled": true,
                     *                 "Tags": [
                     *                   {
                     *                     "Key": "cost-center",
                     *                     "Value": "CC-1234"
                     *                   },
                     *                   {
                     *                     "Key": "owner",
                     *                     "Value": "alice@example.com"
                     *                   },
                     *                   {
                     *                     "Key": "plinth:request",
                     *                     "Value": "pr-7451a36dce220aff610e"
                     *                   },
                     *                   {
                     *                     "Key": "plinth:service",
                     *                     "Value": "checkout-api"
                     *                   },
                     *                   {
                     *                     "Key": "plinth:stage",
                     *                     "Value": "examples"
                     *                   },
                     *                   {
                     *                     "Key": "plinth:team",
                     *                     "Value": "payments"
                     *                   },
                     *                   {
                     *                     "Key": "plinth:template",
                     *                     "Value": "sqs-queue@1.1.0"
                     *                   },
                     *                   {
                     *                     "Key": "team",
                     *                     "Value": "payments"
                     *                   }
                     *                 ]
                     *               }
                     *             },
                     *             "Queue": {
                     *               "Type": "AWS::SQS::Queue",
                     *               "Properties": {
                     *                 "QueueName": "plinth-examples-payments-dev-orders",
                     *                 "VisibilityTimeout": 30,
                     *                 "MessageRetentionPeriod": 345600,
                     *                 "SqsManagedSseEnabled": true,
                     *                 "RedrivePolicy": {
                     *                   "deadLetterTargetArn": {
                     *                     "Fn::GetAtt": [
                     *                       "DeadLetterQueue",
                     *                       "Arn"
                     *                     ]
                     *                   },
                     *                   "maxReceiveCount": 3
                     *                 },
                     *                 "Tags": [
                     *                   {
                     *                     "Key": "cost-center",
                     *                     "Value": "CC-1234"
                     *                   },
                     *                   {
                     *                     "Key": "owner",
                     *                     "Value": "alice@example.com"
                     *                   },
                     *                   {
                     *                     "Key": "plinth:request",
                     *                     "Value": "pr-7451a36dce220aff610e"
                     *                   },
                     *                   {
                     *                     "Key": "plinth:service",
                     *                     "Value": "checkout-api"
                     *                   },
                     *                   {
                     *                     "Key": "plinth:stage",
                     *                     "Value": "examples"
                     *                   },
                     *                   {
                     *                     "Key": "plinth:team",
                     *                     "Value": "payments"
                     *                   },
                     *                   {
                     *                     "Key": "plinth:template",
                     *                     "Value": "sqs-queue@1.1.0"
                     *                   },
                     *                   {
                     *                     "Key": "team",
                     *                     "Value": "payments"
                     *                   }
                     *                 ]
                     *               }
                     *             }
                     *           },
                     *           "Outputs": {
                     *             "QueueUrl": {
                     *               "Description": "Send messages here",
                     *               "Value": {
                     *                 "Ref": "Queue"
                     *               }
                     *             },
                     *             "QueueArn": {
                     *               "Description": "The queue's ARN",
                     *               "Value": {
                     *                 "Fn::GetAtt": [
                     *                   "Queue",
                     *                   "Arn"
                     *                 ]
                     *               }
                     *             },
                     *             "DeadLetterQueueUrl": {
                     *               "Description": "Messages that failed maxReceiveCount times",
                     *               "Value": {
                     *                 "Ref": "DeadLetterQueue"
                     *               }
                     *             }
                     *           }
                     *         },
                     *         "resources": [
                     *           {
                     *             "logicalId": "DeadLetterQueue",
                     *             "type": "AWS::SQS::Queue"
                     *           },
                     *           {
                     *             "logicalId": "Queue",
                     *             "type": "AWS::SQS::Queue"
                     *           }
                     *         ],
                     *         "cost": {
                     *           "monthlyUsd": 1.2,
                     *           "currency": "USD",
                     *           "priceTable": "aws-us-east-1-2026-11",
                     *           "lines": [
                     *             {
                     *               "item": "SQS standard requests",
                     *               "quantity": 3,
                     *               "unit": "million requests",
                     *               "unitPriceUsd": 0.4,
                     *               "monthlyUsd": 1.2
                     *             }
                     *           ]
                     *         },
                     *         "policies": [
                     *           {
                     *             "rule": "naming",
                     *             "outcome": "pass",
                     *             "reason": "resources are named plinth-examples-payments-dev-orders"
                     *           },
                     *           {
                     *             "rule": "allowed-regions",
                     *             "outcome": "pass",
                     *             "reason": "us-east-1 is an allowed region"
                     *           },
                     *           {
                     *             "rule": "required-tags",
                     *             "outcome": "pass",
                     *             "reason": "owner and cost-center are set; team is added by the platform"
                     *           },
                     *           {
                     *             "rule": "ttl-limit",
                     *             "outcome": "pass",
                     *             "reason": "expires 72 hours after it is created"
                     *           },
                     *           {
                     *             "rule": "team-budget",
                     *             "outcome": "pass",
                     *             "reason": "$1.20/month is reserved from team payments's $1000.00 monthly budget as the request is recorded"
                     *           },
                     *           {
                     *             "rule": "production-approval",
                     *             "outcome": "pass",
                     *             "reason": "dev changes need no approval"
                     *           },
                     *           {
                     *             "rule": "high-risk-approval",
                     *             "outcome": "pass",
                     *             "reason": "sqs-queue is low risk"
                     *           }
                     *         ],
                     *         "allowed": true,
                     *         "approval": "not-required",
                     *         "hash": "4b01c6cc421a260d5c43cbd1cb9ffc255c769b2b763392b52faad8e1663cbd21"
                     *       },
                     *       "changes": [
                     *         {
                     *           "action": "Add",
                     *           "logicalId": "DeadLetterQueue",
                     *           "type": "AWS::SQS::Queue"
                     *         },
                     *         {
                     *           "action": "Add",
                     *           "logicalId": "Queue",
                     *           "type": "AWS::SQS::Queue"
                     *         }
                     *       ],
                     *       "outputs": {
                     *         "QueueUrl": "https://sqs.us-east-1.amazonaws.com/000000000000/plinth-examples-payments-dev-orders",
                     *         "QueueArn": "arn:aws:sqs:us-east-1:000000000000:plinth-examples-payments-dev-orders",
                     *         "DeadLetterQueueUrl": "https://sqs.us-east-1.amazonaws.com/000000000000/plinth-examples-payments-dev-orders-dlq"
                     *       },
                     *       "ttlHours": 72,
                     *       "expiresAt": "2026-12-10T16:46:52.981Z",
                     *       "attempt": 1,
                     *       "execution": "arn:aws:states:us-east-1:000000000000:execution:plinth-examples-ProvisioningTeardown:pr-7451a36dce220aff610e-destroy-6",
                     *       "timeline": [
                     *         {
                     *           "at": "2026-12-06T16:42:28.897Z",
                     *           "step": "request",
                     *           "status": "VALIDATING",
                     *           "message": "requested sqs-queue orders",
                     *           "actor": "alice"
                     *         },
                     *         {
                     *           "at": "2026-12-06T16:44:03.548Z",
                     *           "step": "validate",
                     *           "status": "VALIDATING",
                     *           "message": "template rendered and policies passed"
                     *         },
                     *         {
                     *           "at": "2026-12-06T16:44:58.690Z",
                     *           "step": "plan",
                     *           "status": "PLANNED",
                     *           "message": "change set: Add 2; 1.20 USD/month"
                     *         },
                     *         {
                     *           "at": "2026-12-06T16:45:52.317Z",
                     *           "step": "apply",
                     *           "status": "APPLYING",
                     *           "message": "executing the change set"
                     *         },
                     *         {
                     *           "at": "2026-12-06T16:47:07.369Z",
                     *           "step": "outputs",
                     *           "status": "SUCCEEDED",
                     *           "message": "created; outputs QueueUrl, QueueArn, DeadLetterQueueUrl; expires 2026-12-09T16:46:52.981Z"
                     *         },
                     *         {
                     *           "at": "2026-12-06T16:49:18.253Z",
                     *           "step": "expiry",
                     *           "status": "SUCCEEDED",
                     *           "message": "extended to 2026-12-10T16:46:52.981Z",
                     *           "actor": "alice"
                     *         },
                     *         {
                     *           "step": "destroy",
                     *           "message": "destroying the stack",
                     *           "actor": "alice",
                     *           "at": "2026-12-06T16:49:56.724Z",
                     *           "status": "DESTROYING"
                     *         }
                     *       ],
                     *       "createdAt": "2026-12-06T16:42:28.897Z",
                     *       "updatedAt": "2026-12-06T16:49:56.724Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ProvisioningRequest"];
                };
            };
            /** @description invalid_parameter */
            400: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description forbidden */
            403: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflict */
            409: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listIncidents: {
        parameters: {
            query?: {
                team?: string;
                status?: "OPEN" | "AWAITING_APPROVAL" | "ACTING" | "VERIFYING" | "ESCALATED" | "RESOLVED";
                alarm?: string;
                /** @description `<type>/<id>`, e.g. ecs-service/prod/checkout */
                resource?: string;
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of incidents */
            200: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "inc-11d9d55884fd9c46a720",
                     *           "version": 2,
                     *           "createdAt": "2026-12-06T17:06:59.044Z",
                     *           "updatedAt": "2026-12-06T17:06:59.044Z",
                     *           "status": "OPEN",
                     *           "source": "manual",
                     *           "team": "payments",
                     *           "summary": "checkout answers slowly since the 14:00 deploy",
                     *           "reportedBy": "alice",
                     *           "alarm": {
                     *             "name": "manual",
                     *             "dimensions": {},
                     *             "state": "ALARM",
                     *             "reason": "checkout answers slowly since the 14:00 deploy"
                     *           },
                     *           "resource": {
                     *             "type": "ecs-service",
                     *             "id": "prod/checkout",
                     *             "account": "000000000000",
                     *             "region": "us-east-1"
                     *           },
                     *           "correlationId": "bb817464-7924-41a2-aa17-fb3df959e428",
                     *           "slot": "RESOURCE#ecs-service/prod/checkout",
                     *           "executionArn": "arn:aws:states:us-east-1:000000000000:execution:plinth-examples-Remediation:inc-11d9d55884fd9c46a720",
                     *           "attempts": 0,
                     *           "verifyPolls": 0,
                     *           "actions": [],
                     *           "occurrences": 1,
                     *           "lastOccurrenceAt": "2026-12-06T17:06:59.044Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["IncidentList"];
                };
            };
            /** @description invalid_parameter */
            400: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reportIncident: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry safely: the same key and body return the first answer */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "summary": "checkout answers slowly since the 14:00 deploy",
                 *       "resource": {
                 *         "type": "ecs-service",
                 *         "id": "prod/checkout"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ManualReport"];
            };
        };
        responses: {
            /** @description An open incident for this alarm and resource already existed, or a replay of the same Idempotency-Key */
            200: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    /** @description Where to follow what was created or started */
                    Location: string;
                    /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Incident"];
                };
            };
            /** @description Opened; the remediation workflow has started */
            202: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    /** @description Where to follow what was created or started */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "inc-11d9d55884fd9c46a720",
                     *       "version": 2,
                     *       "createdAt": "2026-12-06T17:06:59.044Z",
                     *       "updatedAt": "2026-12-06T17:06:59.044Z",
                     *       "status": "OPEN",
                     *       "source": "manual",
                     *       "team": "payments",
                     *       "summary": "checkout answers slowly since the 14:00 deploy",
                     *       "reportedBy": "alice",
                     *       "alarm": {
                     *         "name": "manual",
                     *         "dimensions": {},
                     *         "state": "ALARM",
                     *         "reason": "checkout answers slowly since the 14:00 deploy"
                     *       },
                     *       "resource": {
                     *         "type": "ecs-service",
                     *         "id": "prod/checkout",
                     *         "account": "000000000000",
                     *         "region": "us-east-1"
                     *       },
                     *       "correlationId": "bb817464-7924-41a2-aa17-fb3df959e428",
                     *       "slot": "RESOURCE#ecs-service/prod/checkout",
                     *       "executionArn": "arn:aws:states:us-east-1:000000000000:execution:plinth-examples-Remediation:inc-11d9d55884fd9c46a720",
                     *       "decisions": [],
                     *       "attempts": 0,
                     *       "verifyPolls": 0,
                     *       "actions": [],
                     *       "occurrences": 1,
                     *       "lastOccurrenceAt": "2026-12-06T17:06:59.044Z",
                     *       "timeline": [
                     *         {
                     *           "at": "2026-12-06T17:06:59.044Z",
                     *           "step": "intake",
                     *           "message": "reported by alice: checkout answers slowly since the 14:00 deploy",
                     *           "status": "OPEN",
                     *           "actor": "alice"
                     *         },
                     *         {
                     *           "at": "2026-12-06T17:07:54.437Z",
                     *           "step": "context",
                     *           "message": "reading ecs:describeServices"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Incident"];
                };
            };
            /** @description malformed_json */
            400: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description forbidden */
            403: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unsupported_media_type */
            415: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description validation_failed, idempotency_key_reused */
            422: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getIncident: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The incident */
            200: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "inc-11d9d55884fd9c46a720",
                     *       "version": 2,
                     *       "createdAt": "2026-12-06T17:06:59.044Z",
                     *       "updatedAt": "2026-12-06T17:06:59.044Z",
                     *       "status": "OPEN",
                     *       "source": "manual",
                     *       "team": "payments",
                     *       "summary": "checkout answers slowly since the 14:00 deploy",
                     *       "reportedBy": "alice",
                     *       "alarm": {
                     *         "name": "manual",
                     *         "dimensions": {},
                     *         "state": "ALARM",
                     *         "reason": "checkout answers slowly since the 14:00 deploy"
                     *       },
                     *       "resource": {
                     *         "type": "ecs-service",
                     *         "id": "prod/checkout",
                     *         "account": "000000000000",
                     *         "region": "us-east-1"
                     *       },
                     *       "correlationId": "bb817464-7924-41a2-aa17-fb3df959e428",
                     *       "slot": "RESOURCE#ecs-service/prod/checkout",
                     *       "executionArn": "arn:aws:states:us-east-1:000000000000:execution:plinth-examples-Remediation:inc-11d9d55884fd9c46a720",
                     *       "decisions": [],
                     *       "attempts": 0,
                     *       "verifyPolls": 0,
                     *       "actions": [],
                     *       "occurrences": 1,
                     *       "lastOccurrenceAt": "2026-12-06T17:06:59.044Z",
                     *       "timeline": [
                     *         {
                     *           "at": "2026-12-06T17:06:59.044Z",
                     *           "step": "intake",
                     *           "message": "reported by alice: checkout answers slowly since the 14:00 deploy",
                     *           "status": "OPEN",
                     *           "actor": "alice"
                     *         },
                     *         {
                     *           "at": "2026-12-06T17:07:54.437Z",
                     *           "step": "context",
                     *           "message": "reading ecs:describeServices"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Incident"];
                };
            };
            /** @description invalid_parameter */
            400: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    acknowledgeIncident: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "comment": "looking at the deploy"
                 *     }
                 */
                "application/json": components["schemas"]["Comment"];
            };
        };
        responses: {
            /** @description The incident after the action */
            200: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "inc-11d9d55884fd9c46a720",
                     *       "version": 5,
                     *       "createdAt": "2026-12-06T17:06:59.044Z",
                     *       "updatedAt": "2026-12-06T17:09:48.281Z",
                     *       "status": "ESCALATED",
                     *       "source": "manual",
                     *       "team": "payments",
                     *       "summary": "checkout answers slowly since the 14:00 deploy",
                     *       "reportedBy": "alice",
                     *       "alarm": {
                     *         "name": "manual",
                     *         "dimensions": {},
                     *         "state": "ALARM",
                     *         "reason": "checkout answers slowly since the 14:00 deploy"
                     *       },
                     *       "resource": {
                     *         "type": "ecs-service",
                     *         "id": "prod/checkout",
                     *         "account": "000000000000",
                     *         "region": "us-east-1"
                     *       },
                     *       "correlationId": "bb817464-7924-41a2-aa17-fb3df959e428",
                     *       "slot": "RESOURCE#ecs-service/prod/checkout",
                     *       "executionArn": "arn:aws:states:us-east-1:000000000000:execution:plinth-examples-Remediation:inc-11d9d55884fd9c46a720",
                     *       "context": {
                     *         "tags": {},
                     *         "deployments": [],
                     *         "facts": {
                     *           "found": false,
                     *           "missing": "ECS reports no such service"
                     *         },
                     *         "alarmHistory": []
                     *       },
                     *       "decisions": [
                     *         {
                     *           "guard": "runbook",
                     *           "outcome": "block",
                     *           "reason": "no runbook answers ?/? on a ecs-service resource: notify only",
                     *           "at": "2026-12-06T17:08:24.674Z"
                     *         }
                     *       ],
                     *       "attempts": 0,
                     *       "verifyPolls": 0,
                     *       "actions": [],
                     *       "acknowledged": {
                     *         "by": "alice",
                     *         "at": "2026-12-06T17:09:48.281Z"
                     *       },
                     *       "escalation": {
                     *         "at": "2026-12-06T17:09:39.699Z",
                     *         "reason": "no runbook answers ?/? on a ecs-service resource: notify only"
                     *       },
                     *       "occurrences": 1,
                     *       "lastOccurrenceAt": "2026-12-06T17:06:59.044Z",
                     *       "timeline": [
                     *         {
                     *           "at": "2026-12-06T17:06:59.044Z",
                     *           "step": "intake",
                     *           "message": "reported by alice: checkout answers slowly since the 14:00 deploy",
                     *           "status": "OPEN",
                     *           "actor": "alice"
                     *         },
                     *         {
                     *           "at": "2026-12-06T17:07:54.437Z",
                     *           "step": "context",
                     *           "message": "reading ecs:describeServices"
                     *         },
                     *         {
                     *           "at": "2026-12-06T17:08:24.674Z",
                     *           "step": "assess",
                     *           "message": "no runbook answers ?/? on a ecs-service resource: notify only",
                     *           "status": "OPEN"
                     *         },
                     *         {
                     *           "at": "2026-12-06T17:09:39.699Z",
                     *           "step": "escalate",
                     *           "message": "no runbook answers ?/? on a ecs-service resource: notify only",
                     *           "status": "ESCALATED"
                     *         },
                     *         {
                     *           "at": "2026-12-06T17:09:48.281Z",
                     *           "step": "acknowledge",
                     *           "message": "alice is looking at it",
                     *           "status": "ESCALATED",
                     *           "actor": "alice"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Incident"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description self_approval */
            403: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflict */
            409: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description validation_failed */
            422: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    resolveIncident: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "comment": "rolled the deploy back"
                 *     }
                 */
                "application/json": components["schemas"]["Comment"];
            };
        };
        responses: {
            /** @description The incident after the action */
            200: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "inc-11d9d55884fd9c46a720",
                     *       "version": 6,
                     *       "createdAt": "2026-12-06T17:06:59.044Z",
                     *       "updatedAt": "2026-12-06T17:11:49.848Z",
                     *       "status": "RESOLVED",
                     *       "source": "manual",
                     *       "team": "payments",
                     *       "summary": "checkout answers slowly since the 14:00 deploy",
                     *       "reportedBy": "alice",
                     *       "alarm": {
                     *         "name": "manual",
                     *         "dimensions": {},
                     *         "state": "ALARM",
                     *         "reason": "checkout answers slowly since the 14:00 deploy"
                     *       },
                     *       "resource": {
                     *         "type": "ecs-service",
                     *         "id": "prod/checkout",
                     *         "account": "000000000000",
                     *         "region": "us-east-1"
                     *       },
                     *       "correlationId": "bb817464-7924-41a2-aa17-fb3df959e428",
                     *       "slot": "RESOURCE#ecs-service/prod/checkout",
                     *       "executionArn": "arn:aws:states:us-east-1:000000000000:execution:plinth-examples-Remediation:inc-11d9d55884fd9c46a720",
                     *       "context": {
                     *         "tags": {},
                     *         "deployments": [],
                     *         "facts": {
                     *           "found": false,
                     *           "missing": "ECS reports no such service"
                     *         },
                     *         "alarmHistory": []
                     *       },
                     *       "decisions": [
                     *         {
                     *           "guard": "runbook",
                     *           "outcome": "block",
                     *           "reason": "no runbook answers ?/? on a ecs-service resource: notify only",
                     *           "at": "2026-12-06T17:08:24.674Z"
                     *         }
                     *       ],
                     *       "attempts": 0,
                     *       "verifyPolls": 0,
                     *       "actions": [],
                     *       "acknowledged": {
                     *         "by": "alice",
                     *         "at": "2026-12-06T17:09:48.281Z"
                     *       },
                     *       "escalation": {
                     *         "at": "2026-12-06T17:09:39.699Z",
                     *         "reason": "no runbook answers ?/? on a ecs-service resource: notify only"
                     *       },
                     *       "resolution": {
                     *         "at": "2026-12-06T17:11:49.848Z",
                     *         "by": "alice",
                     *         "how": "manual",
                     *         "comment": "rolled the deploy back"
                     *       },
                     *       "occurrences": 1,
                     *       "lastOccurrenceAt": "2026-12-06T17:06:59.044Z",
                     *       "timeline": [
                     *         {
                     *           "at": "2026-12-06T17:06:59.044Z",
                     *           "step": "intake",
                     *           "message": "reported by alice: checkout answers slowly since the 14:00 deploy",
                     *           "status": "OPEN",
                     *           "actor": "alice"
                     *         },
                     *         {
                     *           "at": "2026-12-06T17:07:54.437Z",
                     *           "step": "context",
                     *           "message": "reading ecs:describeServices"
                     *         },
                     *         {
                     *           "at": "2026-12-06T17:08:24.674Z",
                     *           "step": "assess",
                     *           "message": "no runbook answers ?/? on a ecs-service resource: notify only",
                     *           "status": "OPEN"
                     *         },
                     *         {
                     *           "at": "2026-12-06T17:09:39.699Z",
                     *           "step": "escalate",
                     *           "message": "no runbook answers ?/? on a ecs-service resource: notify only",
                     *           "status": "ESCALATED"
                     *         },
                     *         {
                     *           "at": "2026-12-06T17:09:48.281Z",
                     *           "step": "acknowledge",
                     *           "message": "alice is looking at it",
                     *           "status": "ESCALATED",
                     *           "actor": "alice"
                     *         },
                     *         {
                     *           "at": "2026-12-06T17:11:49.848Z",
                     *           "step": "resolve",
                     *           "message": "resolved by alice: rolled the deploy back",
                     *           "status": "RESOLVED",
                     *           "actor": "alice"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Incident"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description self_approval */
            403: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflict */
            409: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description validation_failed */
            422: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    approveIncident: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "comment": "reboot it"
                 *     }
                 */
                "application/json": components["schemas"]["Comment"];
            };
        };
        responses: {
            /** @description The incident after the action */
            200: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "inc-80dfed1710bf8f0fc1ca",
                     *       "version": 4,
                     *       "createdAt": "2026-12-06T17:12:44.454Z",
                     *       "updatedAt": "2026-12-06T17:15:55.268Z",
                     *       "status": "AWAITING_APPROVAL",
                     *       "source": "alarm",
                     *       "team": "payments",
                     *       "summary": "i-0aa11bb22cc33dd44-StatusCheckFailed_Instance: Threshold Crossed: 1 datapoint [1] was greater than or equal to threshold (1).",
                     *       "alarm": {
                     *         "name": "i-0aa11bb22cc33dd44-StatusCheckFailed_Instance",
                     *         "arn": "arn:aws:cloudwatch:us-east-1:000000000000:alarm:i-0aa11bb22cc33dd44-StatusCheckFailed_Instance",
                     *         "namespace": "AWS/EC2",
                     *         "metric": "StatusCheckFailed_Instance",
                     *         "dimensions": {
                     *           "InstanceId": "i-0aa11bb22cc33dd44"
                     *         },
                     *         "state": "ALARM",
                     *         "reason": "Threshold Crossed: 1 datapoint [1] was greater than or equal to threshold (1)."
                     *       },
                     *       "resource": {
                     *         "type": "ec2-instance",
                     *         "id": "i-0aa11bb22cc33dd44",
                     *         "arn": "arn:aws:ec2:us-east-1:000000000000:instance/i-0aa11bb22cc33dd44",
                     *         "account": "000000000000",
                     *         "region": "us-east-1"
                     *       },
                     *       "correlationId": "0e9e405a-1102-4665-8fa5-cc990e518ec6",
                     *       "slot": "ALARM#i-0aa11bb22cc33dd44-StatusCheckFailed_Instance",
                     *       "runbook": {
                     *         "id": "ec2-reboot-instance",
                     *         "version": "1.0.0",
                     *         "title": "Reboot an EC2 instance that fails its instance status check",
                     *         "tier": "approval",
                     *         "mode": "approval"
                     *       },
                     *       "context": {
                     *         "tags": {
                     *           "team": "payments"
                     *         },
                     *         "deployments": [
                     *           {
                     *             "id": "launch",
                     *             "at": "2026-12-06T17:12:33.273Z",
                     *             "what": "instance launched"
                     *           }
                     *         ],
                     *         "facts": {
                     *           "found": true,
                     *           "state": "running",
                     *           "ssmOnline": true
                     *         },
                     *         "alarmHistory": [
                     *           {
                     *             "at": "2026-12-06T17:12:35.540Z",
                     *             "summary": "Alarm updated from OK to ALARM"
                     *           },
                     *           {
                     *             "at": "2026-12-06T17:12:35.296Z",
                     *             "summary": "Alarm updated from INSUFFICIENT_DATA to OK"
                     *           }
                     *         ]
                     *       },
                     *       "proposal": {
                     *         "call": "ec2:rebootInstances",
                     *         "parameters": {
                     *           "InstanceIds": [
                     *             "i-0aa11bb22cc33dd44"
                     *           ]
                     *         },
                     *         "undo": "a reboot cannot be undone",
                     *         "reason": "Reboot an EC2 instance that fails its instance status check: ec2:RebootInstances"
                     *       },
                     *       "decisions": [
                     *         {
                     *           "guard": "runbook",
                     *           "outcome": "pass",
                     *           "reason": "ec2-reboot-instance@1.0.0 matches",
                     *           "at": "2026-12-06T17:13:33.864Z"
                     *         },
                     *         {
                     *           "guard": "mode",
                     *           "outcome": "pass",
                     *           "reason": "runbook mode approval, tier approval → approval",
                     *           "at": "2026-12-06T17:13:33.864Z"
                     *         },
                     *         {
                     *           "guard": "preconditions",
                     *           "outcome": "pass",
                     *           "reason": "resource-found, instance-running",
                     *           "at": "2026-12-06T17:13:33.864Z"
                     *         },
                     *         {
                     *           "guard": "breaker",
                     *           "outcome": "pass",
                     *           "reason": "closed (0% of 0 recent outcomes failed)",
                     *           "at": "2026-12-06T17:13:33.864Z"
                     *         },
                     *         {
                     *           "guard": "approval",
                     *           "outcome": "pass",
                     *           "reason": "approved by bob: reboot it",
                     *           "at": "2026-12-06T17:15:55.268Z"
                     *         }
                     *       ],
                     *       "attempts": 0,
                     *       "verifyPolls": 0,
                     *       "actions": [],
                     *       "approval": {
                     *         "requestedAt": "2026-12-06T17:14:19.380Z",
                     *         "expiresAt": "2026-12-06T18:14:19.380Z",
                     *         "decidedBy": "bob",
                     *         "decision": "approved",
                     *         "comment": "reboot it"
                     *       },
                     *       "occurrences": 1,
                     *       "lastOccurrenceAt": "2026-12-06T17:12:44.454Z",
                     *       "timeline": [
                     *         {
                     *           "at": "2026-12-06T17:12:44.454Z",
                     *           "step": "intake",
                     *           "message": "opened from i-0aa11bb22cc33dd44-StatusCheckFailed_Instance (AWS/EC2/StatusCheckFailed_Instance) on ec2-instance/i-0aa11bb22cc33dd44",
                     *           "status": "OPEN"
                     *         },
                     *         {
                     *           "at": "2026-12-06T17:13:26.842Z",
                     *           "step": "context",
                     *           "message": "reading ec2:describeInstances, ssm:describeInstanceInformation, cloudwatch:describeAlarmHistory"
                     *         },
                     *         {
                     *           "at": "2026-12-06T17:13:33.864Z",
                     *           "step": "assess",
                     *           "message": "ec2-reboot-instance will run ec2:rebootInstances",
                     *           "status": "OPEN"
                     *         },
                     *         {
                     *           "at": "2026-12-06T17:14:19.380Z",
                     *           "step": "approval",
                     *           "message": "waiting for an approver of payments to approve ec2:rebootInstances",
                     *           "status": "AWAITING_APPROVAL"
                     *         },
                     *         {
                     *           "at": "2026-12-06T17:15:55.268Z",
                     *           "step": "approval",
                     *           "message": "approved by bob: reboot it",
                     *           "status": "AWAITING_APPROVAL",
                     *           "actor": "bob"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Incident"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description self_approval */
            403: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflict */
            409: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description validation_failed */
            422: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rejectIncident: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "comment": "the instance is being replaced anyway"
                 *     }
                 */
                "application/json": components["schemas"]["Comment"];
            };
        };
        responses: {
            /** @description The incident after the action */
            200: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "inc-0fcad9b70cd451d720b2",
                     *       "version": 4,
                     *       "createdAt": "2026-12-06T17:16:51.733Z",
                     *       "updatedAt": "2026-12-06T17:20:51.023Z",
                     *       "status": "AWAITING_APPROVAL",
                     *       "source": "alarm",
                     *       "team": "payments",
                     *       "summary": "i-0ee11ff22aa33bb44-StatusCheckFailed_Instance: Threshold Crossed: 1 datapoint [1] was greater than or equal to threshold (1).",
                     *       "alarm": {
                     *         "name": "i-0ee11ff22aa33bb44-StatusCheckFailed_Instance",
                     *         "arn": "arn:aws:cloudwatch:us-east-1:000000000000:alarm:i-0ee11ff22aa33bb44-StatusCheckFailed_Instance",
                     *         "namespace": "AWS/EC2",
                     *         "metric": "StatusCheckFailed_Instance",
                     *         "dimensions": {
                     *           "InstanceId": "i-0ee11ff22aa33bb44"
                     *         },
                     *         "state": "ALARM",
                     *         "reason": "Threshold Crossed: 1 datapoint [1] was greater than or equal to threshold (1)."
                     *       },
                     *       "resource": {
                     *         "type": "ec2-instance",
                     *         "id": "i-0ee11ff22aa33bb44",
                     *         "arn": "arn:aws:ec2:us-east-1:000000000000:instance/i-0ee11ff22aa33bb44",
                     *         "account": "000000000000",
                     *         "region": "us-east-1"
                     *       },
                     *       "correlationId": "9c282316-080a-429c-b9a3-26b69f83ee38",
                     *       "slot": "ALARM#i-0ee11ff22aa33bb44-StatusCheckFailed_Instance",
                     *       "runbook": {
                     *         "id": "ec2-reboot-instance",
                     *         "version": "1.0.0",
                     *         "title": "Reboot an EC2 instance that fails its instance status check",
                     *         "tier": "approval",
                     *         "mode": "approval"
                     *       },
                     *       "context": {
                     *         "tags": {
                     *           "team": "payments"
                     *         },
                     *         "deployments": [
                     *           {
                     *             "id": "launch",
                     *             "at": "2026-12-06T17:16:37.873Z",
                     *             "what": "instance launched"
                     *           }
                     *         ],
                     *         "facts": {
                     *           "found": true,
                     *           "state": "running",
                     *           "ssmOnline": true
                     *         },
                     *         "alarmHistory": [
                     *           {
                     *             "at": "2026-12-06T17:16:38.079Z",
                     *             "summary": "Alarm updated from OK to ALARM"
                     *           },
                     *           {
                     *             "at": "2026-12-06T17:16:38.021Z",
                     *             "summary": "Alarm updated from INSUFFICIENT_DATA to OK"
                     *           }
                     *         ]
                     *       },
                     *       "proposal": {
                     *         "call": "ec2:rebootInstances",
                     *         "parameters": {
                     *           "InstanceIds": [
                     *             "i-0ee11ff22aa33bb44"
                     *           ]
                     *         },
                     *         "undo": "a reboot cannot be undone",
                     *         "reason": "Reboot an EC2 instance that fails its instance status check: ec2:RebootInstances"
                     *       },
                     *       "decisions": [
                     *         {
                     *           "guard": "runbook",
                     *           "outcome": "pass",
                     *           "reason": "ec2-reboot-instance@1.0.0 matches",
                     *           "at": "2026-12-06T17:18:11.735Z"
                     *         },
                     *         {
                     *           "guard": "mode",
                     *           "outcome": "pass",
                     *           "reason": "runbook mode approval, tier approval → approval",
                     *           "at": "2026-12-06T17:18:11.735Z"
                     *         },
                     *         {
                     *           "guard": "preconditions",
                     *           "outcome": "pass",
                     *           "reason": "resource-found, instance-running",
                     *           "at": "2026-12-06T17:18:11.735Z"
                     *         },
                     *         {
                     *           "guard": "breaker",
                     *           "outcome": "pass",
                     *           "reason": "closed (0% of 0 recent outcomes failed)",
                     *           "at": "2026-12-06T17:18:11.735Z"
                     *         },
                     *         {
                     *           "guard": "approval",
                     *           "outcome": "block",
                     *           "reason": "rejected by bob: the instance is being replaced anyway",
                     *           "at": "2026-12-06T17:20:51.023Z"
                     *         }
                     *       ],
                     *       "attempts": 0,
                     *       "verifyPolls": 0,
                     *       "actions": [],
                     *       "approval": {
                     *         "requestedAt": "2026-12-06T17:19:31.765Z",
                     *         "expiresAt": "2026-12-06T18:19:31.765Z",
                     *         "decidedBy": "bob",
                     *         "decision": "rejected",
                     *         "comment": "the instance is being replaced anyway"
                     *       },
                     *       "occurrences": 1,
                     *       "lastOccurrenceAt": "2026-12-06T17:16:51.733Z",
                     *       "timeline": [
                     *         {
                     *           "at": "2026-12-06T17:16:51.733Z",
                     *           "step": "intake",
                     *           "message": "opened from i-0ee11ff22aa33bb44-StatusCheckFailed_Instance (AWS/EC2/StatusCheckFailed_Instance) on ec2-instance/i-0ee11ff22aa33bb44",
                     *           "status": "OPEN"
                     *         },
                     *         {
                     *           "at": "2026-12-06T17:17:59.341Z",
                     *           "step": "context",
                     *           "message": "reading ec2:describeInstances, ssm:describeInstanceInformation, cloudwatch:describeAlarmHistory"
                     *         },
                     *         {
                     *           "at": "2026-12-06T17:18:11.735Z",
                     *           "step": "assess",
                     *           "message": "ec2-reboot-instance will run ec2:rebootInstances",
                     *           "status": "OPEN"
                     *         },
                     *         {
                     *           "at": "2026-12-06T17:19:31.765Z",
                     *           "step": "approval",
                     *           "message": "waiting for an approver of payments to approve ec2:rebootInstances",
                     *           "status": "AWAITING_APPROVAL"
                     *         },
                     *         {
                     *           "at": "2026-12-06T17:20:51.023Z",
                     *           "step": "approval",
                     *           "message": "rejected by bob: the instance is being replaced anyway",
                     *           "status": "AWAITING_APPROVAL",
                     *           "actor": "bob"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Incident"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description self_approval */
            403: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflict */
            409: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description validation_failed */
            422: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRunbooks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The runbooks */
            200: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "rollback-deployment",
                     *           "version": "1.0.0",
                     *           "title": "Roll back the production deployment that preceded the alarm",
                     *           "description": "An alarm on a service shortly after its production deployment: that deployment is the first suspect. Redeploy the commit that ran before it through the same pipeline — the earlier run's production deploy job again — and through the production gate, which takes the approval given here (a freeze still refuses); then verify the deployment succeeded and the alarm is OK.",
                     *           "match": {
                     *             "resourceType": "*",
                     *             "namespace": "*",
                     *             "metrics": [
                     *               "*"
                     *             ],
                     *             "deployment": true
                     *           },
                     *           "tier": "approval",
                     *           "mode": "approval",
                     *           "effectiveMode": "approval",
                     *           "preconditions": [
                     *             {
                     *               "name": "linked-deployment",
                     *               "description": "the incident is linked to a production deployment of its service shortly before the alarm"
                     *             },
                     *             {
                     *               "name": "previous-deployment",
                     *               "description": "an earlier successful production deployment of another commit, made by a workflow run"
                     *             },
                     *             {
                     *               "name": "still-deployed",
                     *               "description": "the linked deployment is still what runs in production (nobody deployed since)"
                     *             }
                     *           ],
                     *           "action": "GitHub Actions: rerun the production deploy job of the previous successful run (POST …/actions/jobs/{job_id}/rerun), answered at the production gate",
                     *           "verify": {
                     *             "summary": "the previous commit is deployed to production, then the alarm is OK again",
                     *             "waitSeconds": 300,
                     *             "polls": 6,
                     *             "deployment": true
                     *           },
                     *           "undo": "deploy the rolled-back commit again (plinth pipeline run, or rerun its production job)"
                     *         },
                     *         {
                     *           "id": "ecs-restart-service",
                     *           "version": "1.0.0",
                     *           "title": "Restart an ECS service (force a new deployment)",
                     *           "description": "Memory climbing on an ECS service usually means a leak; replacing its tasks with the same task definition frees it while the owners look for the cause.",
                     *           "match": {
                     *             "resourceType": "ecs-service",
                     *             "namespace": "AWS/ECS",
                     *             "metrics": [
                     *               "MemoryUtilization"
                     *             ]
                     *           },
                     *           "tier": "auto",
                     *           "mode": "auto",
                     *           "effectiveMode": "auto",
                     *           "preconditions": [
                     *             {
                     *               "name": "resource-found",
                     *               "description": "the resource exists and Plinth could read it"
                     *             },
                     *             {
                     *               "name": "service-active",
                     *               "description": "the service is ACTIVE"
                     *             },
                     *             {
                     *               "name": "has-tasks",
                     *               "description": "the service wants at least one task"
                     *             }
                     *           ],
                     *           "action": "ecs:UpdateService with forceNewDeployment=true",
                     *           "verify": {
                     *             "summary": "the alarm is OK again",
                     *             "waitSeconds": 300,
                     *             "polls": 3
                     *           },
                     *           "undo": "nothing to undo: the same task definition is deployed again"
                     *         },
                     *         {
                     *           "id": "ecs-scale-out",
                     *           "version": "1.0.0",
                     *           "title": "Scale out an ECS service",
                     *           "description": "CPU saturation on an ECS service: add tasks (half again as many, at least one) up to its maximum.",
                     *           "match": {
                     *             "resourceType": "ecs-service",
                     *             "namespace": "AWS/ECS",
                     *             "metrics": [
                     *               "CPUUtilization"
                     *             ]
                     *           },
                     *           "tier": "auto",
                     *           "mode": "auto",
                     *           "effectiveMode": "auto",
                     *           "preconditions": [
                     *             {
                     *               "name": "resource-found",
                     *               "description": "the resource exists and Plinth could read it"
                     *             },
                     *             {
                     *               "name": "service-active",
                     *               "description": "the service is ACTIVE"
                     *             },
                     *             {
                     *               "name": "below-max-capacity",
                     *               "description": "desired capacity is below the maximum (tag plinth:max-capacity, or the group's MaxSize)"
                     *             }
                     *           ],
                     *           "action": "ecs:UpdateService desiredCount → min(max, max(desired + 1, ⌈desired × 1.5⌉))",
                     *           "verify": {
                     *             "summary": "the alarm is OK again",
                     *             "waitSeconds": 300,
                     *             "polls": 3
                     *           },
                     *           "undo": "ecs:UpdateService back to the desired count before the action"
                     *         },
                     *         {
                     *           "id": "asg-scale-out",
                     *           "version": "1.0.0",
                     *           "title": "Scale out an Auto Scaling group",
                     *           "description": "CPU saturation across an Auto Scaling group: raise its desired capacity within MaxSize.",
                     *           "match": {
                     *             "resourceType": "autoscaling-group",
                     *             "namespace": "AWS/EC2",
                     *             "metrics": [
                     *               "CPUUtilization"
                     *             ]
                     *           },
                     *           "tier": "auto",
                     *           "mode": "auto",
                     *           "effectiveMode": "auto",
                     *           "preconditions": [
                     *             {
                     *               "name": "resource-found",
                     *               "description": "the resource exists and Plinth could read it"
                     *             },
                     *             {
                     *               "name": "below-max-capacity",
                     *               "description": "desired capacity is below the maximum (tag plinth:max-capacity, or the group's MaxSize)"
                     *             }
                     *           ],
                     *           "action": "autoscaling:SetDesiredCapacity → min(MaxSize, max(desired + 1, ⌈desired × 1.5⌉))",
                     *           "verify": {
                     *             "summary": "the alarm is OK again",
                     *             "waitSeconds": 600,
                     *             "polls": 3
                     *           },
                     *           "undo": "autoscaling:SetDesiredCapacity back to the capacity before the action"
                     *         },
                     *         {
                     *           "id": "ec2-reboot-instance",
                     *           "version": "1.0.0",
                     *           "title": "Reboot an EC2 instance that fails its instance status check",
                     *           "description": "An instance failing its own status check (kernel, memory exhaustion, a hung process) usually recovers from a reboot; a reboot interrupts whatever runs there, so a human approves it.",
                     *           "match": {
                     *             "resourceType": "ec2-instance",
                     *             "namespace": "AWS/EC2",
                     *             "metrics": [
                     *               "StatusCheckFailed_Instance",
                     *               "StatusCheckFailed"
                     *             ]
                     *           },
                     *           "tier": "approval",
                     *           "mode": "approval",
                     *           "effectiveMode": "approval",
                     *           "preconditions": [
                     *             {
                     *               "name": "resource-found",
                     *               "description": "the resource exists and Plinth could read it"
                     *             },
                     *             {
                     *               "name": "instance-running",
                     *               "description": "the instance is running"
                     *             }
                     *           ],
                     *           "action": "ec2:RebootInstances",
                     *           "verify": {
                     *             "summary": "the status-check alarm is OK again",
                     *             "waitSeconds": 300,
                     *             "polls": 3
                     *           },
                     *           "undo": "a reboot cannot be undone"
                     *         },
                     *         {
                     *           "id": "ssm-clear-disk",
                     *           "version": "1.0.0",
                     *           "title": "Free disk space on an instance (SSM Run Command)",
                     *           "description": "Disk almost full: vacuum the journal to 200 MB, clean the package cache and delete temporary files older than seven days, through SSM's AWS-RunShellScript.",
                     *           "match": {
                     *             "resourceType": "ec2-instance",
                     *             "namespace": "CWAgent",
                     *             "metrics": [
                     *               "disk_used_percent"
                     *             ]
                     *           },
                     *           "tier": "auto",
                     *           "mode": "shadow",
                     *           "effectiveMode": "shadow",
                     *           "preconditions": [
                     *             {
                     *               "name": "resource-found",
                     *               "description": "the resource exists and Plinth could read it"
                     *             },
                     *             {
                     *               "name": "instance-running",
                     *               "description": "the instance is running"
                     *             },
                     *             {
                     *               "name": "ssm-managed",
                     *               "description": "the SSM agent on the instance is online"
                     *             }
                     *           ],
                     *           "action": "ssm:SendCommand AWS-RunShellScript (journalctl --vacuum-size, apt-get clean, old /tmp files)",
                     *           "verify": {
                     *             "summary": "the disk alarm is OK again",
                     *             "waitSeconds": 120,
                     *             "polls": 3
                     *           },
                     *           "undo": "deleted logs and caches are not restored (they are regenerated)"
                     *         },
                     *         {
                     *           "id": "lambda-alias-rollback",
                     *           "version": "1.0.0",
                     *           "title": "Roll a Lambda alias back to its previous version",
                     *           "description": "Errors on a Lambda alias right after a new version: point the alias back at the version before it. Rolling back code is a product decision, so a human approves it.",
                     *           "match": {
                     *             "resourceType": "lambda-alias",
                     *             "namespace": "AWS/Lambda",
                     *             "metrics": [
                     *               "Errors"
                     *             ]
                     *           },
                     *           "tier": "approval",
                     *           "mode": "approval",
                     *           "effectiveMode": "approval",
                     *           "preconditions": [
                     *             {
                     *               "name": "resource-found",
                     *               "description": "the resource exists and Plinth could read it"
                     *             },
                     *             {
                     *               "name": "previous-version",
                     *               "description": "a published version older than the alias's exists"
                     *             }
                     *           ],
                     *           "action": "lambda:UpdateAlias to the previous published version",
                     *           "verify": {
                     *             "summary": "the error alarm is OK again",
                     *             "waitSeconds": 300,
                     *             "polls": 3
                     *           },
                     *           "undo": "lambda:UpdateAlias back to the version it pointed at"
                     *         },
                     *         {
                     *           "id": "sqs-redrive-dlq",
                     *           "version": "1.0.0",
                     *           "title": "Redrive an SQS dead-letter queue",
                     *           "description": "Messages piling up in a dead-letter queue after a downstream outage: move them back to their source queue once the alarm fires.",
                     *           "match": {
                     *             "resourceType": "sqs-queue",
                     *             "namespace": "AWS/SQS",
                     *             "metrics": [
                     *               "ApproximateNumberOfMessagesVisible"
                     *             ],
                     *             "resourceIdPattern": "(-dlq|-dead-letter)(\\.fifo)?$"
                     *           },
                     *           "tier": "auto",
                     *           "mode": "auto",
                     *           "effectiveMode": "auto",
                     *           "preconditions": [
                     *             {
                     *               "name": "resource-found",
                     *               "description": "the resource exists and Plinth could read it"
                     *             },
                     *             {
                     *               "name": "has-messages",
                     *               "description": "the dead-letter queue holds messages"
                     *             }
                     *           ],
                     *           "action": "sqs:StartMessageMoveTask from the dead-letter queue back to its source queues",
                     *           "verify": {
                     *             "summary": "the backlog alarm is OK again",
                     *             "waitSeconds": 120,
                     *             "polls": 3
                     *           },
                     *           "undo": "sqs:CancelMessageMoveTask while the move runs; moved messages stay in their source queue"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["RunbookList"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRunbook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The runbook */
            200: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "rollback-deployment",
                     *       "version": "1.0.0",
                     *       "title": "Roll back the production deployment that preceded the alarm",
                     *       "description": "An alarm on a service shortly after its production deployment: that deployment is the first suspect. Redeploy the commit that ran before it through the same pipeline — the earlier run's production deploy job again — and through the production gate, which takes the approval given here (a freeze still refuses); then verify the deployment succeeded and the alarm is OK.",
                     *       "match": {
                     *         "resourceType": "*",
                     *         "namespace": "*",
                     *         "metrics": [
                     *           "*"
                     *         ],
                     *         "deployment": true
                     *       },
                     *       "tier": "approval",
                     *       "mode": "approval",
                     *       "effectiveMode": "approval",
                     *       "preconditions": [
                     *         {
                     *           "name": "linked-deployment",
                     *           "description": "the incident is linked to a production deployment of its service shortly before the alarm"
                     *         },
                     *         {
                     *           "name": "previous-deployment",
                     *           "description": "an earlier successful production deployment of another commit, made by a workflow run"
                     *         },
                     *         {
                     *           "name": "still-deployed",
                     *           "description": "the linked deployment is still what runs in production (nobody deployed since)"
                     *         }
                     *       ],
                     *       "action": "GitHub Actions: rerun the production deploy job of the previous successful run (POST …/actions/jobs/{job_id}/rerun), answered at the production gate",
                     *       "verify": {
                     *         "summary": "the previous commit is deployed to production, then the alarm is OK again",
                     *         "waitSeconds": 300,
                     *         "polls": 6,
                     *         "deployment": true
                     *       },
                     *       "undo": "deploy the rolled-back commit again (plinth pipeline run, or rerun its production job)"
                     *     }
                     */
                    "application/json": components["schemas"]["Runbook"];
                };
            };
            /** @description invalid_parameter */
            400: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setRunbookMode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "mode": "shadow"
                 *     }
                 */
                "application/json": components["schemas"]["RunbookModeChange"];
            };
        };
        responses: {
            /** @description The runbook in its new mode */
            200: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "rollback-deployment",
                     *       "version": "1.0.0",
                     *       "title": "Roll back the production deployment that preceded the alarm",
                     *       "description": "An alarm on a service shortly after its production deployment: that deployment is the first suspect. Redeploy the commit that ran before it through the same pipeline — the earlier run's production deploy job again — and through the production gate, which takes the approval given here (a freeze still refuses); then verify the deployment succeeded and the alarm is OK.",
                     *       "match": {
                     *         "resourceType": "*",
                     *         "namespace": "*",
                     *         "metrics": [
                     *           "*"
                     *         ],
                     *         "deployment": true
                     *       },
                     *       "tier": "approval",
                     *       "mode": "shadow",
                     *       "modeSetBy": {
                     *         "by": "root",
                     *         "at": "2026-12-06T17:23:04.581Z"
                     *       },
                     *       "effectiveMode": "shadow",
                     *       "preconditions": [
                     *         {
                     *           "name": "linked-deployment",
                     *           "description": "the incident is linked to a production deployment of its service shortly before the alarm"
                     *         },
                     *         {
                     *           "name": "previous-deployment",
                     *           "description": "an earlier successful production deployment of another commit, made by a workflow run"
                     *         },
                     *         {
                     *           "name": "still-deployed",
                     *           "description": "the linked deployment is still what runs in production (nobody deployed since)"
                     *         }
                     *       ],
                     *       "action": "GitHub Actions: rerun the production deploy job of the previous successful run (POST …/actions/jobs/{job_id}/rerun), answered at the production gate",
                     *       "verify": {
                     *         "summary": "the previous commit is deployed to production, then the alarm is OK again",
                     *         "waitSeconds": 300,
                     *         "polls": 6,
                     *         "deployment": true
                     *       },
                     *       "undo": "deploy the rolled-back commit again (plinth pipeline run, or rerun its production job)"
                     *     }
                     */
                    "application/json": components["schemas"]["Runbook"];
                };
            };
            /** @description malformed_json */
            400: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description forbidden */
            403: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflict */
            409: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description validation_failed */
            422: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRemediationStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The guardrails now */
            200: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "killSwitch": {
                     *         "on": false
                     *       },
                     *       "settings": {
                     *         "cooldownMinutes": 30,
                     *         "maxAttemptsPerIncident": 2,
                     *         "teamActionsPerHour": 10,
                     *         "globalActionsPerHour": 30,
                     *         "breakerWindow": 10,
                     *         "breakerMinSamples": 4,
                     *         "breakerFailureShare": 0.5,
                     *         "breakerOpenMinutes": 30,
                     *         "approvalTimeoutMinutes": 60,
                     *         "deploymentWindowMinutes": 60
                     *       },
                     *       "budgets": {
                     *         "hour": "2026-12-06T17",
                     *         "global": {
                     *           "used": 1,
                     *           "limit": 30
                     *         },
                     *         "teams": {
                     *           "payments": {
                     *             "used": 1,
                     *             "limit": 10
                     *           }
                     *         }
                     *       },
                     *       "breakers": []
                     *     }
                     */
                    "application/json": components["schemas"]["RemediationStatus"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setKillSwitch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "on": true,
                 *       "reason": "game day: remediation drill"
                 *     }
                 */
                "application/json": components["schemas"]["KillSwitchChange"];
            };
        };
        responses: {
            /** @description The kill switch */
            200: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "on": true,
                     *       "by": "root",
                     *       "at": "2026-12-06T17:23:40.660Z",
                     *       "reason": "game day: remediation drill"
                     *     }
                     */
                    "application/json": components["schemas"]["KillSwitch"];
                };
            };
            /** @description malformed_json */
            400: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description forbidden */
            403: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description validation_failed */
            422: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateRemediationSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "cooldownMinutes": 20,
                 *       "teamActionsPerHour": 12
                 *     }
                 */
                "application/json": components["schemas"]["RemediationSettingsPatch"];
            };
        };
        responses: {
            /** @description The settings now */
            200: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "cooldownMinutes": 20,
                     *       "maxAttemptsPerIncident": 2,
                     *       "teamActionsPerHour": 12,
                     *       "globalActionsPerHour": 30,
                     *       "breakerWindow": 10,
                     *       "breakerMinSamples": 4,
                     *       "breakerFailureShare": 0.5,
                     *       "breakerOpenMinutes": 30,
                     *       "approvalTimeoutMinutes": 60,
                     *       "deploymentWindowMinutes": 60
                     *     }
                     */
                    "application/json": components["schemas"]["RemediationSettings"];
                };
            };
            /** @description malformed_json */
            400: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description forbidden */
            403: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description validation_failed */
            422: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDatasets: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                team?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of datasets */
            200: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "cursor": "eyJxIjoiYUNnRjg3d3VTMlhPMEhhMEdLV016VyIsImsiOnsicGsiOiJEUyNjdXN0b21lcnMiLCJzayI6Ik1FVEEiLCJnc2kxcGsiOiJURUFNI3BheW1lbnRzI0RTIiwiZ3NpMXNrIjoiMjAyNi0xMi0wNlQxNzoyNzozNy4zNDRaI2N1c3RvbWVycyJ9fQ.rGlV8L2jJ0IF-x7AM1tZkFiUpCh0kMcDDJVorrW_SPE",
                     *       "items": [
                     *         {
                     *           "id": "orders",
                     *           "team": "payments",
                     *           "description": "Orders of the shop, one partition per day (sample data with known bad rows)",
                     *           "partitionKey": "date",
                     *           "landingFormat": "csv",
                     *           "contractVersion": 1,
                     *           "gold": {
                     *             "sql": "SELECT order_date, customer_id, currency,\n  count(*) AS orders, sum(amount) AS revenue,\n  sum(CASE WHEN status = 'returned' THEN amount ELSE 0 END) AS returned\nFROM silver GROUP BY order_date, customer_id, currency"
                     *           },
                     *           "version": 1,
                     *           "createdAt": "2026-12-06T17:27:53.830Z",
                     *           "updatedAt": "2026-12-06T17:27:53.830Z",
                     *           "createdBy": "alice"
                     *         },
                     *         {
                     *           "id": "customers",
                     *           "team": "payments",
                     *           "description": "Customers of the shop (sample data)",
                     *           "partitionKey": "snapshot",
                     *           "landingFormat": "csv",
                     *           "contractVersion": 1,
                     *           "version": 1,
                     *           "createdAt": "2026-12-06T17:27:37.344Z",
                     *           "updatedAt": "2026-12-06T17:27:37.344Z",
                     *           "createdBy": "alice"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["DatasetList"];
                };
            };
            /** @description invalid_parameter */
            400: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    registerDataset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "returns",
                 *       "team": "payments",
                 *       "description": "Returned orders, one partition per day",
                 *       "contract": {
                 *         "columns": [
                 *           {
                 *             "name": "order_id",
                 *             "type": "string",
                 *             "nullable": false
                 *           },
                 *           {
                 *             "name": "reason",
                 *             "type": "string"
                 *           }
                 *         ],
                 *         "primaryKey": [
                 *           "order_id"
                 *         ]
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["RegisterDataset"];
            };
        };
        responses: {
            /** @description Registered */
            201: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    /** @description Where to follow what was created or started */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "returns",
                     *       "team": "payments",
                     *       "description": "Returned orders, one partition per day",
                     *       "partitionKey": "date",
                     *       "landingFormat": "csv",
                     *       "contractVersion": 1,
                     *       "version": 1,
                     *       "createdAt": "2026-12-06T17:24:28.156Z",
                     *       "updatedAt": "2026-12-06T17:24:28.156Z",
                     *       "createdBy": "alice"
                     *     }
                     */
                    "application/json": components["schemas"]["Dataset"];
                };
            };
            /** @description malformed_json */
            400: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description forbidden */
            403: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflict */
            409: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unsupported_media_type */
            415: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description validation_failed */
            422: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDataset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description lower-case letters, digits and _, e.g. orders */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The dataset */
            200: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "orders",
                     *       "team": "payments",
                     *       "description": "Orders of the shop, one partition per day (sample data with known bad rows)",
                     *       "partitionKey": "date",
                     *       "landingFormat": "csv",
                     *       "contractVersion": 1,
                     *       "gold": {
                     *         "sql": "SELECT order_date, customer_id, currency,\n  count(*) AS orders, sum(amount) AS revenue,\n  sum(CASE WHEN status = 'returned' THEN amount ELSE 0 END) AS returned\nFROM silver GROUP BY order_date, customer_id, currency"
                     *       },
                     *       "version": 1,
                     *       "createdAt": "2026-12-06T17:27:53.830Z",
                     *       "updatedAt": "2026-12-06T17:27:53.830Z",
                     *       "createdBy": "alice",
                     *       "contract": {
                     *         "columns": [
                     *           {
                     *             "name": "order_id",
                     *             "type": "string",
                     *             "nullable": false,
                     *             "trim": true,
                     *             "case": "keep",
                     *             "emptyAsNull": true
                     *           },
                     *           {
                     *             "name": "customer_id",
                     *             "type": "string",
                     *             "nullable": true,
                     *             "trim": true,
                     *             "case": "upper",
                     *             "emptyAsNull": true
                     *           },
                     *           {
                     *             "name": "order_date",
                     *             "type": "date",
                     *             "nullable": false,
                     *             "trim": true,
                     *             "case": "keep",
                     *             "emptyAsNull": true
                     *           },
                     *           {
                     *             "name": "amount",
                     *             "type": "decimal",
                     *             "nullable": true,
                     *             "trim": true,
                     *             "case": "keep",
                     *             "emptyAsNull": true,
                     *             "precision": 12,
                     *             "scale": 2
                     *           },
                     *           {
                     *             "name": "currency",
                     *             "type": "string",
                     *             "nullable": true,
                     *             "trim": true,
                     *             "case": "upper",
                     *             "emptyAsNull": true
                     *           },
                     *           {
                     *             "name": "status",
                     *             "type": "string",
                     *             "nullable": true,
                     *             "trim": true,
                     *             "case": "lower",
                     *             "emptyAsNull": true
                     *           },
                     *           {
                     *             "name": "updated_at",
                     *             "type": "timestamp",
                     *             "nullable": true,
                     *             "trim": true,
                     *             "case": "keep",
                     *             "emptyAsNull": true
                     *           }
                     *         ],
                     *         "primaryKey": [
                     *           "order_id"
                     *         ],
                     *         "typeErrors": "quarantine",
                     *         "checks": [
                     *           {
                     *             "kind": "not_null",
                     *             "column": "customer_id",
                     *             "severity": "quarantine"
                     *           },
                     *           {
                     *             "kind": "regex",
                     *             "column": "order_id",
                     *             "pattern": "^O-[0-9]{8}-[0-9]{6}$",
                     *             "severity": "quarantine"
                     *           },
                     *           {
                     *             "kind": "range",
                     *             "column": "amount",
                     *             "min": 0,
                     *             "max": 100000,
                     *             "severity": "quarantine"
                     *           },
                     *           {
                     *             "kind": "allowed_values",
                     *             "column": "status",
                     *             "values": [
                     *               "placed",
                     *               "paid",
                     *               "shipped",
                     *               "delivered",
                     *               "returned"
                     *             ],
                     *             "severity": "quarantine"
                     *           },
                     *           {
                     *             "kind": "allowed_values",
                     *             "column": "currency",
                     *             "values": [
                     *               "EUR",
                     *               "GBP",
                     *               "USD"
                     *             ],
                     *             "severity": "warn"
                     *           },
                     *           {
                     *             "kind": "reference",
                     *             "column": "customer_id",
                     *             "dataset": "customers",
                     *             "referencedColumn": "customer_id",
                     *             "severity": "quarantine"
                     *           },
                     *           {
                     *             "kind": "row_count",
                     *             "min": 1,
                     *             "severity": "fail"
                     *           },
                     *           {
                     *             "kind": "freshness",
                     *             "column": "updated_at",
                     *             "maxAgeHours": 48,
                     *             "severity": "warn"
                     *           },
                     *           {
                     *             "kind": "schema_drift",
                     *             "extraColumns": "drift",
                     *             "severity": "fail"
                     *           }
                     *         ]
                     *       },
                     *       "stages": [
                     *         {
                     *           "stage": "bronze",
                     *           "partitions": [
                     *             {
                     *               "version": 2,
                     *               "previous": 1,
                     *               "movedAt": "2026-12-06T18:03:05.788Z",
                     *               "movedBy": "s3-landing",
                     *               "reason": "promotion",
                     *               "partition": "2026-11-01"
                     *             },
                     *             {
                     *               "version": 1,
                     *               "movedAt": "2026-12-06T17:48:45.597Z",
                     *               "movedBy": "s3-landing",
                     *               "reason": "promotion",
                     *               "partition": "2026-11-02"
                     *             },
                     *             {
                     *               "version": 1,
                     *               "movedAt": "2026-12-06T17:49:21.726Z",
                     *               "movedBy": "s3-landing",
                     *               "reason": "promotion",
                     *               "partition": "2026-11-03"
                     *             }
                     *           ]
                     *         },
                     *         {
                     *           "stage": "silver",
                     *           "partitions": [
                     *             {
                     *               "version": 2,
                     *               "previous": 1,
                     *               "movedAt": "2026-12-06T18:08:03.259Z",
                     *               "movedBy": "s3-landing",
                     *               "reason": "promotion",
                     *               "partition": "2026-11-01"
                     *             },
                     *             {
                     *               "version": 1,
                     *               "movedAt": "2026-12-06T17:59:13.116Z",
                     *               "movedBy": "s3-landing",
                     *               "reason": "promotion",
                     *               "partition": "2026-11-02"
                     *             },
                     *             {
                     *               "version": 1,
                     *               "movedAt": "2026-12-06T17:58:44.456Z",
                     *               "movedBy": "s3-landing",
                     *               "reason": "promotion",
                     *               "partition": "2026-11-03"
                     *             }
                     *           ]
                     *         },
                     *         {
                     *           "stage": "gold",
                     *           "partitions": []
                     *         }
                     *       ],
                     *       "lastRuns": [
                     *         {
                     *           "id": "run-53514ac43e9d4b22e12cc328",
                     *           "dataset": "orders",
                     *           "team": "payments",
                     *           "from": "bronze",
                     *           "to": "silver",
                     *           "partitions": [
                     *             "2026-11-01"
                     *           ],
                     *           "status": "SUCCEEDED",
                     *           "results": {
                     *             "2026-11-01": {
                     *               "partition": "2026-11-01",
                     *               "status": "SUCCEEDED",
                     *               "version": 2,
                     *               "report": {
                     *                 "outcome": "passed",
                     *                 "inputRows": 450,
                     *                 "duplicateRows": 1,
                     *                 "quarantinedRows": 99,
                     *                 "publishedRows": 350,
                     *                 "checks": [
                     *                   {
                     *                     "id": "type_order_date",
                     *                     "kind": "type",
                     *                     "severity": "quarantine",
                     *                     "status": "passed",
                     *                     "failingRows": 0,
                     *                     "detail": "every row passes"
                     *                   },
                     *                   {
                     *                     "id": "type_amount",
                     *                     "kind": "type",
                     *                     "severity": "quarantine",
                     *                     "status": "quarantined",
                     *                     "failingRows": 10,
                     *                     "detail": "10 of 449 rows fail the type of amount"
                     *                   },
                     *                   {
                     *                     "id": "type_updated_at",
                     *                     "kind": "type",
                     *                     "severity": "quarantine",
                     *                     "status": "passed",
                     *                     "failingRows": 0,
                     *                     "detail": "every row passes"
                     *                   },
                     *                   {
                     *                     "id": "not_null_order_id",
                     *                     "kind": "not_null",
                     *                     "severity": "quarantine",
                     *                     "status": "passed",
                     *                     "failingRows": 0,
                     *                     "detail": "every row passes"
                     *                   },
                     *                   {
                     *                     "id": "not_null_order_date",
                     *                     "kind": "not_null",
                     *                     "severity": "quarantine",
                     *                     "status": "passed",
                     *                     "failingRows": 0,
                     *                     "detail": "every row passes"
                     *                   },
                     *                   {
                     *                     "id": "primary_key",
                     *                     "kind": "unique",
                     *                     "severity": "quarantine",
                     *                     "status": "quarantined",
                     *                     "failingRows": 98,
                     *                     "detail": "98 of 449 rows fail (order_id) is unique"
                     *                   },
                     *                   {
                     *                     "id": "not_null_customer_id",
                     *                     "kind": "not_null",
                     *                     "severity": "quarantine",
                     *                     "status": "quarantined",
                     *                     "failingRows": 19,
                     *                     "detail": "19 of 449 rows fail customer_id is not null"
                     *                   },
                     *                   {
                     *                     "id": "regex_order_id",
                     *                     "kind": "regex",
                     *                     "severity": "quarantine",
                     *                     "status": "passed",
                     *                     "failingRows": 0,
                     *                     "detail": "every row passes"
                     *                   },
                     *                   {
                     *                     "id": "range_amount",
                     *                     "kind": "range",
                     *                     "severity": "quarantine",
                     *                     "status": "quarantined",
                     *                     "failingRows": 20,
                     *                     "detail": "20 of 449 rows fail amount in [0, 100000]"
                     *                   },
                     *                   {
                     *                     "id": "allowed_values_status",
                     *                     "kind": "allowed_values",
                     *                     "severity": "quarantine",
                     *                     "status": "quarantined",
                     *                     "failingRows": 10,
                     *                     "detail": "10 of 449 rows fail status in (placed, paid, shipped, delivered, returned)"
                     *                   },
                     *                   {
                     *                     "id": "allowed_values_currency",
                     *                     "kind": "allowed_values",
                     *                     "severity": "warn",
                     *                     "status": "warned",
                     *                     "failingRows": 10,
                     *                     "detail": "10 of 449 rows fail currency in (EUR, GBP, USD)"
                     *                   },
                     *                   {
                     *                     "id": "reference_customer_id",
                     *                     "kind": "reference",
                     *                     "severity": "quarantine",
                     *                     "status": "passed",
                     *                     "failingRows": 0,
                     *                     "detail": "every row passes"
                     *                   },
                     *                   {
                     *                     "id": "row_count",
                     *                     "kind": "row_count",
                     *                     "severity": "fail",
                     *                     "status": "passed",
                     *                     "detail": "passes"
                     *                   },
                     *                   {
                     *                     "id": "freshness_updated_at",
                     *                     "kind": "freshness",
                     *                     "severity": "warn",
                     *                     "status": "warned",
                     *                     "detail": "newest updated_at is 834.1 h old, more than 48 h"
                     *                   },
                     *                   {
                     *                     "id": "schema_drift",
                     *                     "kind": "schema_drift",
                     *                     "severity": "fail",
                     *                     "status": "passed",
                     *                     "detail": "passes"
                     *                   }
                     *                 ],
                     *                 "failedChecks": [],
                     *                 "missingColumns": [],
                     *                 "extraColumns": []
                     *               },
                     *               "durationMs": 224313
                     *             }
                     *           },
                     *           "requestedBy": "s3-landing",
                     *           "trigger": "landing",
                     *           "execution": "arn:aws:states:us-east-1:000000000000:execution:plinth-examples-Promotion:60f89996-1dd4-40d4-950d-c3f8896472e8",
                     *           "createdAt": "2026-12-06T18:03:25.518Z",
                     *           "updatedAt": "2026-12-06T18:08:20.129Z"
                     *         },
                     *         {
                     *           "id": "run-b4b485f4d3675cc30ead313a",
                     *           "dataset": "orders",
                     *           "team": "payments",
                     *           "from": "landing",
                     *           "to": "bronze",
                     *           "partitions": [
                     *             "2026-11-01"
                     *           ],
                     *           "status": "SUCCEEDED",
                     *           "results": {
                     *             "2026-11-01": {
                     *               "partition": "2026-11-01",
                     *               "status": "SUCCEEDED",
                     *               "version": 2,
                     *               "durationMs": 70985
                     *             }
                     *           },
                     *           "requestedBy": "s3-landing",
                     *           "trigger": "landing",
                     *           "execution": "arn:aws:states:us-east-1:000000000000:execution:plinth-examples-Promotion:60f89996-1dd4-40d4-950d-c3f8896472e8",
                     *           "createdAt": "2026-12-06T18:00:49.815Z",
                     *           "updatedAt": "2026-12-06T18:03:20.303Z"
                     *         },
                     *         {
                     *           "id": "run-5bd9388147c2067c7f91fcd5",
                     *           "dataset": "orders",
                     *           "team": "payments",
                     *           "from": "bronze",
                     *           "to": "silver",
                     *           "partitions": [
                     *             "2026-11-03"
                     *           ],
                     *           "status": "SUCCEEDED",
                     *           "results": {
                     *             "2026-11-03": {
                     *               "partition": "2026-11-03",
                     *               "status": "SUCCEEDED",
                     *               "version": 1,
                     *               "report": {
                     *                 "outcome": "passed",
                     *                 "inputRows": 400,
                     *                 "duplicateRows": 0,
                     *                 "quarantinedRows": 32,
                     *                 "publishedRows": 368,
                     *                 "checks": [
                     *                   {
                     *                     "id": "type_order_date",
                     *                     "kind": "type",
                     *                     "severity": "quarantine",
                     *                     "status": "passed",
                     *                     "failingRows": 0,
                     *                     "detail": "every row passes"
                     *                   },
                     *                   {
                     *                     "id": "type_amount",
                     *                     "kind": "type",
                     *                     "severity": "quarantine",
                     *                     "status": "quarantined",
                     *                     "failingRows": 5,
                     *                     "detail": "5 of 400 rows fail the type of amount"
                     *                   },
                     *                   {
                     *                     "id": "type_updated_at",
                     *                     "kind": "type",
                     *                     "severity": "quarantine",
                     *                     "status": "passed",
                     *                     "failingRows": 0,
                     *                     "detail": "every row passes"
                     *                   },
                     *                   {
                     *                     "id": "not_null_order_id",
                     *                     "kind": "not_null",
                     *                     "severity": "quarantine",
                     *                     "status": "passed",
                     *                     "failingRows": 0,
                     *                     "detail": "every row passes"
                     *                   },
                     *                   {
                     *                     "id": "not_null_order_date",
                     *                     "kind": "not_null",
                     *                     "severity": "quarantine",
                     *                     "status": "passed",
                     *                     "failingRows": 0,
                     *                     "detail": "every row passes"
                     *                   },
                     *                   {
                     *                     "id": "primary_key",
                     *                     "kind": "unique",
                     *                     "severity": "quarantine",
                     *                     "status": "quarantined",
                     *                     "failingRows": 2,
                     *                     "detail": "2 of 400 rows fail (order_id) is unique"
                     *                   },
                     *                   {
                     *                     "id": "not_null_customer_id",
                     *                     "kind": "not_null",
                     *                     "severity": "quarantine",
                     *                     "status": "quarantined",
                     *                     "failingRows": 10,
                     *                     "detail": "10 of 400 rows fail customer_id is not null"
                     *                   },
                     *                   {
                     *                     "id": "regex_order_id",
                     *                     "kind": "regex",
                     *                     "severity": "quarantine",
                     *                     "status": "passed",
                     *                     "failingRows": 0,
                     *                     "detail": "every row passes"
                     *                   },
                     *                   {
                     *                     "id": "range_amount",
                     *                     "kind": "range",
                     *                     "severity": "quarantine",
                     *                     "status": "quarantined",
                     *                     "failingRows": 10,
                     *                     "detail": "10 of 400 rows fail amount in [0, 100000]"
                     *                   },
                     *                   {
                     *                     "id": "allowed_values_status",
                     *                     "kind": "allowed_values",
                     *                     "severity": "quarantine",
                     *                     "status": "quarantined",
                     *                     "failingRows": 5,
                     *                     "detail": "5 of 400 rows fail status in (placed, paid, shipped, delivered, returned)"
                     *                   },
                     *                   {
                     *                     "id": "allowed_values_currency",
                     *                     "kind": "allowed_values",
                     *                     "severity": "warn",
                     *                     "status": "warned",
                     *                     "failingRows": 5,
                     *                     "detail": "5 of 400 rows fail currency in (EUR, GBP, USD)"
                     *                   },
                     *                   {
                     *                     "id": "reference_customer_id",
                     *                     "kind": "reference",
                     *                     "severity": "quarantine",
                     *                     "status": "passed",
                     *                     "failingRows": 0,
                     *                     "detail": "every row passes"
                     *                   },
                     *                   {
                     *                     "id": "row_count",
                     *                     "kind": "row_count",
                     *                     "severity": "fail",
                     *                     "status": "passed",
                     *                     "detail": "passes"
                     *                   },
                     *                   {
                     *                     "id": "freshness_updated_at",
                     *                     "kind": "freshness",
                     *                     "severity": "warn",
                     *                     "status": "warned",
                     *                     "detail": "newest updated_at is 786.0 h old, more than 48 h"
                     *                   },
                     *                   {
                     *                     "id": "schema_drift",
                     *                     "kind": "schema_drift",
                     *                     "severity": "fail",
                     *                     "status": "passed",
                     *                     "detail": "passes"
                     *                   }
                     *                 ],
                     *                 "failedChecks": [],
                     *                 "missingColumns": [],
                     *                 "extraColumns": []
                     *               },
                     *               "durationMs": 390485
                     *             }
                     *           },
                     *           "requestedBy": "s3-landing",
                     *           "trigger": "landing",
                     *           "execution": "arn:aws:states:us-east-1:000000000000:execution:plinth-examples-Promotion:3dd9a0a2-0ae4-4f18-909b-a951e4d35395",
                     *           "createdAt": "2026-12-06T17:50:31.499Z",
                     *           "updatedAt": "2026-12-06T17:59:43.505Z"
                     *         },
                     *         {
                     *           "id": "run-306fdebd1c6858f892a68a1d",
                     *           "dataset": "orders",
                     *           "team": "payments",
                     *           "from": "bronze",
                     *           "to": "silver",
                     *           "partitions": [
                     *             "2026-11-02"
                     *           ],
                     *           "status": "SUCCEEDED",
                     *           "results": {
                     *             "2026-11-02": {
                     *               "partition": "2026-11-02",
                     *               "status": "SUCCEEDED",
                     *               "version": 1,
                     *               "report": {
                     *                 "outcome": "passed",
                     *                 "inputRows": 400,
                     *                 "duplicateRows": 0,
                     *                 "quarantinedRows": 32,
                     *                 "publishedRows": 368,
                     *                 "checks": [
                     *                   {
                     *                     "id": "type_order_date",
                     *                     "kind": "type",
                     *                     "severity": "quarantine",
                     *                     "status": "passed",
                     *                     "failingRows": 0,
                     *                     "detail": "every row passes"
                     *                   },
                     *                   {
                     *                     "id": "type_amount",
                     *                     "kind": "type",
                     *                     "severity": "quarantine",
                     *                     "status": "quarantined",
                     *                     "failingRows": 5,
                     *                     "detail": "5 of 400 rows fail the type of amount"
                     *                   },
                     *                   {
                     *                     "id": "type_updated_at",
                     *                     "kind": "type",
                     *                     "severity": "quarantine",
                     *                     "status": "passed",
                     *                     "failingRows": 0,
                     *                     "detail": "every row passes"
                     *                   },
                     *                   {
                     *                     "id": "not_null_order_id",
                     *                     "kind": "not_null",
                     *                     "severity": "quarantine",
                     *                     "status": "passed",
                     *                     "failingRows": 0,
                     *                     "detail": "every row passes"
                     *                   },
                     *                   {
                     *                     "id": "not_null_order_date",
                     *                     "kind": "not_null",
                     *                     "severity": "quarantine",
                     *                     "status": "passed",
                     *                     "failingRows": 0,
                     *                     "detail": "every row passes"
                     *                   },
                     *                   {
                     *                     "id": "primary_key",
                     *                     "kind": "unique",
                     *                     "severity": "quarantine",
                     *                     "status": "quarantined",
                     *                     "failingRows": 2,
                     *                     "detail": "2 of 400 rows fail (order_id) is unique"
                     *                   },
                     *                   {
                     *                     "id": "not_null_customer_id",
                     *                     "kind": "not_null",
                     *                     "severity": "quarantine",
                     *                     "status": "quarantined",
                     *                     "failingRows": 10,
                     *                     "detail": "10 of 400 rows fail customer_id is not null"
                     *                   },
                     *                   {
                     *                     "id": "regex_order_id",
                     *                     "kind": "regex",
                     *                     "severity": "quarantine",
                     *                     "status": "passed",
                     *                     "failingRows": 0,
                     *                     "detail": "every row passes"
                     *                   },
                     *                   {
                     *                     "id": "range_amount",
                     *                     "kind": "range",
                     *                     "severity": "quarantine",
                     *                     "status": "quarantined",
                     *                     "failingRows": 10,
                     *                     "detail": "10 of 400 rows fail amount in [0, 100000]"
                     *                   },
                     *                   {
                     *                     "id": "allowed_values_status",
                     *                     "kind": "allowed_values",
                     *                     "severity": "quarantine",
                     *                     "status": "quarantined",
                     *                     "failingRows": 5,
                     *                     "detail": "5 of 400 rows fail status in (placed, paid, shipped, delivered, returned)"
                     *                   },
                     *                   {
                     *                     "id": "allowed_values_currency",
                     *                     "kind": "allowed_values",
                     *                     "severity": "warn",
                     *                     "status": "warned",
                     *                     "failingRows": 5,
                     *                     "detail": "5 of 400 rows fail currency in (EUR, GBP, USD)"
                     *                   },
                     *                   {
                     *                     "id": "reference_customer_id",
                     *                     "kind": "reference",
                     *                     "severity": "quarantine",
                     *                     "status": "passed",
                     *                     "failingRows": 0,
                     *                     "detail": "every row passes"
                     *                   },
                     *                   {
                     *                     "id": "row_count",
                     *                     "kind": "row_count",
                     *                     "severity": "fail",
                     *                     "status": "passed",
                     *                     "detail": "passes"
                     *                   },
                     *                   {
                     *                     "id": "freshness_updated_at",
                     *                     "kind": "freshness",
                     *                     "severity": "warn",
                     *                     "status": "warned",
                     *                     "detail": "newest updated_at is 810.0 h old, more than 48 h"
                     *                   },
                     *                   {
                     *                     "id": "schema_drift",
                     *                     "kind": "schema_drift",
                     *                     "severity": "fail",
                     *                     "status": "passed",
                     *                     "detail": "passes"
                     *                   }
                     *                 ],
                     *                 "failedChecks": [],
                     *                 "missingColumns": [],
                     *                 "extraColumns": []
                     *               },
                     *               "durationMs": 398757
                     *             }
                     *           },
                     *           "requestedBy": "s3-landing",
                     *           "trigger": "landing",
                     *           "execution": "arn:aws:states:us-east-1:000000000000:execution:plinth-examples-Promotion:f5b1facd-c071-4150-abfb-ece91c2ba393",
                     *           "createdAt": "2026-12-06T17:50:30.002Z",
                     *           "updatedAt": "2026-12-06T18:00:02.842Z"
                     *         },
                     *         {
                     *           "id": "run-894ed9f6ac99e95029c10ffa",
                     *           "dataset": "orders",
                     *           "team": "payments",
                     *           "from": "bronze",
                     *           "to": "silver",
                     *           "partitions": [
                     *             "2026-11-01"
                     *           ],
                     *           "status": "SUCCEEDED",
                     *           "results": {
                     *             "2026-11-01": {
                     *               "partition": "2026-11-01",
                     *               "status": "SUCCEEDED",
                     *               "version": 1,
                     *               "report": {
                     *                 "outcome": "passed",
                     *                 "inputRows": 400,
                     *                 "duplicateRows": 0,
                     *                 "quarantinedRows": 32,
                     *                 "publishedRows": 368,
                     *                 "checks": [
                     *                   {
                     *                     "id": "type_order_date",
                     *                     "kind": "type",
                     *                     "severity": "quarantine",
                     *                     "status": "passed",
                     *                     "failingRows": 0,
                     *                     "detail": "every row passes"
                     *                   },
                     *                   {
                     *                     "id": "type_amount",
                     *                     "kind": "type",
                     *                     "severity": "quarantine",
                     *                     "status": "quarantined",
                     *                     "failingRows": 5,
                     *                     "detail": "5 of 400 rows fail the type of amount"
                     *                   },
                     *                   {
                     *                     "id": "type_updated_at",
                     *                     "kind": "type",
                     *                     "severity": "quarantine",
                     *                     "status": "passed",
                     *                     "failingRows": 0,
                     *                     "detail": "every row passes"
                     *                   },
                     *                   {
                     *                     "id": "not_null_order_id",
                     *                     "kind": "not_null",
                     *                     "severity": "quarantine",
                     *                     "status": "passed",
                     *                     "failingRows": 0,
                     *                     "detail": "every row passes"
                     *                   },
                     *                   {
                     *                     "id": "not_null_order_date",
                     *                     "kind": "not_null",
                     *                     "severity": "quarantine",
                     *                     "status": "passed",
                     *                     "failingRows": 0,
                     *                     "detail": "every row passes"
                     *                   },
                     *                   {
                     *                     "id": "primary_key",
                     *                     "kind": "unique",
                     *                     "severity": "quarantine",
                     *                     "status": "quarantined",
                     *                     "failingRows": 2,
                     *                     "detail": "2 of 400 rows fail (order_id) is unique"
                     *                   },
                     *                   {
                     *                     "id": "not_null_customer_id",
                     *                     "kind": "not_null",
                     *                     "severity": "quarantine",
                     *                     "status": "quarantined",
                     *                     "failingRows": 10,
                     *                     "detail": "10 of 400 rows fail customer_id is not null"
                     *                   },
                     *                   {
                     *                     "id": "regex_order_id",
                     *                     "kind": "regex",
                     *                     "severity": "quarantine",
                     *                     "status": "passed",
                     *                     "failingRows": 0,
                     *                     "detail": "every row passes"
                     *                   },
                     *                   {
                     *                     "id": "range_amount",
                     *                     "kind": "range",
                     *                     "severity": "quarantine",
                     *                     "status": "quarantined",
                     *                     "failingRows": 10,
                     *                     "detail": "10 of 400 rows fail amount in [0, 100000]"
                     *                   },
                     *                   {
                     *                     "id": "allowed_values_status",
                     *                     "kind": "allowed_values",
                     *                     "severity": "quarantine",
                     *                     "status": "quarantined",
                     *                     "failingRows": 5,
                     *                     "detail": "5 of 400 rows fail status in (placed, paid, shipped, delivered, returned)"
                     *                   },
                     *                   {
                     *                     "id": "allowed_values_currency",
                     *                     "kind": "allowed_values",
                     *                     "severity": "warn",
                     *                     "status": "warned",
                     *                     "failingRows": 5,
                     *                     "detail": "5 of 400 rows fail currency in (EUR, GBP, USD)"
                     *                   },
                     *                   {
                     *                     "id": "reference_customer_id",
                     *                     "kind": "reference",
                     *                     "severity": "quarantine",
                     *                     "status": "passed",
                     *                     "failingRows": 0,
                     *                     "detail": "every row passes"
                     *                   },
                     *                   {
                     *                     "id": "row_count",
                     *                     "kind": "row_count",
                     *                     "severity": "fail",
                     *                     "status": "passed",
                     *                     "detail": "passes"
                     *                   },
                     *                   {
                     *                     "id": "freshness_updated_at",
                     *                     "kind": "freshness",
                     *                     "severity": "warn",
                     *                     "status": "warned",
                     *                     "detail": "newest updated_at is 834.0 h old, more than 48 h"
                     *                   },
                     *                   {
                     *                     "id": "schema_drift",
                     *                     "kind": "schema_drift",
                     *                     "severity": "fail",
                     *                     "status": "passed",
                     *                     "detail": "passes"
                     *                   }
                     *                 ],
                     *                 "failedChecks": [],
                     *                 "missingColumns": [],
                     *                 "extraColumns": []
                     *               },
                     *               "durationMs": 411548
                     *             }
                     *           },
                     *           "requestedBy": "s3-landing",
                     *           "trigger": "landing",
                     *           "execution": "arn:aws:states:us-east-1:000000000000:execution:plinth-examples-Promotion:fa8ac419-4cab-4b00-8832-ffbf57ce37ab",
                     *           "createdAt": "2026-12-06T17:50:03.567Z",
                     *           "updatedAt": "2026-12-06T17:59:52.586Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["DatasetDetail"];
                };
            };
            /** @description invalid_parameter */
            400: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putDatasetService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description lower-case letters, digits and _, e.g. orders */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "service": "checkout-api"
                 *     }
                 */
                "application/json": components["schemas"]["DatasetServiceChange"];
            };
        };
        responses: {
            /** @description The dataset */
            200: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "orders",
                     *       "team": "payments",
                     *       "description": "Orders of the shop, one partition per day (sample data with known bad rows)",
                     *       "partitionKey": "date",
                     *       "landingFormat": "csv",
                     *       "contractVersion": 2,
                     *       "gold": {
                     *         "sql": "SELECT order_date, customer_id, currency,\n  count(*) AS orders, sum(amount) AS revenue,\n  sum(CASE WHEN status = 'returned' THEN amount ELSE 0 END) AS returned\nFROM silver GROUP BY order_date, customer_id, currency"
                     *       },
                     *       "version": 3,
                     *       "createdAt": "2026-12-06T17:27:53.830Z",
                     *       "updatedAt": "2026-12-06T18:25:38.534Z",
                     *       "createdBy": "alice",
                     *       "service": "checkout-api"
                     *     }
                     */
                    "application/json": components["schemas"]["Dataset"];
                };
            };
            /** @description malformed_json */
            400: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description forbidden */
            403: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description version_conflict */
            412: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unsupported_media_type */
            415: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description validation_failed */
            422: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putDatasetContract: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description lower-case letters, digits and _, e.g. orders */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "contract": {
                 *         "columns": [
                 *           {
                 *             "name": "order_id",
                 *             "type": "string",
                 *             "nullable": false
                 *           },
                 *           {
                 *             "name": "reason",
                 *             "type": "string"
                 *           },
                 *           {
                 *             "name": "refund",
                 *             "type": "decimal",
                 *             "precision": 12,
                 *             "scale": 2
                 *           }
                 *         ],
                 *         "primaryKey": [
                 *           "order_id"
                 *         ]
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ContractChange"];
            };
        };
        responses: {
            /** @description The dataset at its new contract version */
            200: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "returns",
                     *       "team": "payments",
                     *       "description": "Returned orders, one partition per day",
                     *       "partitionKey": "date",
                     *       "landingFormat": "csv",
                     *       "contractVersion": 2,
                     *       "version": 2,
                     *       "createdAt": "2026-12-06T17:24:28.156Z",
                     *       "updatedAt": "2026-12-06T17:27:12.920Z",
                     *       "createdBy": "alice"
                     *     }
                     */
                    "application/json": components["schemas"]["Dataset"];
                };
            };
            /** @description malformed_json */
            400: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description forbidden */
            403: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflict */
            409: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description version_conflict */
            412: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unsupported_media_type */
            415: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description validation_failed */
            422: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    previewDatasetContract: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description lower-case letters, digits and _, e.g. orders */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "contract": {
                 *         "columns": [
                 *           {
                 *             "name": "order_id",
                 *             "type": "string",
                 *             "nullable": false
                 *           },
                 *           {
                 *             "name": "reason",
                 *             "type": "string"
                 *           },
                 *           {
                 *             "name": "refund",
                 *             "type": "decimal",
                 *             "precision": 12,
                 *             "scale": 2
                 *           }
                 *         ],
                 *         "primaryKey": [
                 *           "order_id"
                 *         ]
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ContractChange"];
            };
        };
        responses: {
            /** @description The changes against the current contract */
            200: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "contractVersion": 2,
                     *       "columns": [
                     *         {
                     *           "column": "refund",
                     *           "change": "added",
                     *           "after": "decimal(12,2)"
                     *         }
                     *       ],
                     *       "breaking": []
                     *     }
                     */
                    "application/json": components["schemas"]["ContractPreview"];
                };
            };
            /** @description malformed_json */
            400: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description forbidden */
            403: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unsupported_media_type */
            415: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description validation_failed */
            422: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPromotions: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description lower-case letters, digits and _, e.g. orders */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of runs */
            200: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "cursor": "eyJxIjoiRHlSaUh5VWdrdUhyazNpbThKV21saSIsImsiOnsicGsiOiJSVU4jcnVuLTUzNTE0YWM0M2U5ZDRiMjJlMTJjYzMyOCIsInNrIjoiTUVUQSIsImdzaTFwayI6IkRTI29yZGVycyNSVU5TIiwiZ3NpMXNrIjoiMjAyNi0xMi0wNlQxODowMzoyNS41MThaI3J1bi01MzUxNGFjNDNlOWQ0YjIyZTEyY2MzMjgifX0.n0keQFL9cVpj_NgmXnvEWbKjf0SBlA0sEO8mWwTUQk4",
                     *       "items": [
                     *         {
                     *           "id": "run-8d3e58a9bc57af051430975e",
                     *           "dataset": "orders",
                     *           "team": "payments",
                     *           "from": "silver",
                     *           "to": "gold",
                     *           "partitions": [
                     *             "2026-11-01"
                     *           ],
                     *           "status": "SUCCEEDED",
                     *           "results": {
                     *             "2026-11-01": {
                     *               "partition": "2026-11-01",
                     *               "status": "SUCCEEDED",
                     *               "version": 1,
                     *               "durationMs": 47192
                     *             }
                     *           },
                     *           "requestedBy": "alice",
                     *           "trigger": "api",
                     *           "execution": "arn:aws:states:us-east-1:000000000000:execution:plinth-examples-Promotion:run-8d3e58a9bc57af051430975e",
                     *           "createdAt": "2026-12-06T18:09:24.021Z",
                     *           "updatedAt": "2026-12-06T18:12:13.194Z"
                     *         },
                     *         {
                     *           "id": "run-53514ac43e9d4b22e12cc328",
                     *           "dataset": "orders",
                     *           "team": "payments",
                     *           "from": "bronze",
                     *           "to": "silver",
                     *           "partitions": [
                     *             "2026-11-01"
                     *           ],
                     *           "status": "SUCCEEDED",
                     *           "results": {
                     *             "2026-11-01": {
                     *               "partition": "2026-11-01",
                     *               "status": "SUCCEEDED",
                     *               "version": 2,
                     *               "report": {
                     *                 "outcome": "passed",
                     *                 "inputRows": 450,
                     *                 "duplicateRows": 1,
                     *                 "quarantinedRows": 99,
                     *                 "publishedRows": 350,
                     *                 "checks": [
                     *                   {
                     *                     "id": "type_order_date",
                     *                     "kind": "type",
                     *                     "severity": "quarantine",
                     *                     "status": "passed",
                     *                     "failingRows": 0,
                     *                     "detail": "every row passes"
                     *                   },
                     *                   {
                     *                     "id": "type_amount",
                     *                     "kind": "type",
                     *                     "severity": "quarantine",
                     *                     "status": "quarantined",
                     *                     "failingRows": 10,
                     *                     "detail": "10 of 449 rows fail the type of amount"
                     *                   },
                     *                   {
                     *                     "id": "type_updated_at",
                     *                     "kind": "type",
                     *                     "severity": "quarantine",
                     *                     "status": "passed",
                     *                     "failingRows": 0,
                     *                     "detail": "every row passes"
                     *                   },
                     *                   {
                     *                     "id": "not_null_order_id",
                     *                     "kind": "not_null",
                     *                     "severity": "quarantine",
                     *                     "status": "passed",
                     *                     "failingRows": 0,
                     *                     "detail": "every row passes"
                     *                   },
                     *                   {
                     *                     "id": "not_null_order_date",
                     *                     "kind": "not_null",
                     *                     "severity": "quarantine",
                     *                     "status": "passed",
                     *                     "failingRows": 0,
                     *                     "detail": "every row passes"
                     *                   },
                     *                   {
                     *                     "id": "primary_key",
                     *                     "kind": "unique",
                     *                     "severity": "quarantine",
                     *                     "status": "quarantined",
                     *                     "failingRows": 98,
                     *                     "detail": "98 of 449 rows fail (order_id) is unique"
                     *                   },
                     *                   {
                     *                     "id": "not_null_customer_id",
                     *                     "kind": "not_null",
                     *                     "severity": "quarantine",
                     *                     "status": "quarantined",
                     *                     "failingRows": 19,
                     *                     "detail": "19 of 449 rows fail customer_id is not null"
                     *                   },
                     *                   {
                     *                     "id": "regex_order_id",
                     *                     "kind": "regex",
                     *                     "severity": "quarantine",
                     *                     "status": "passed",
                     *                     "failingRows": 0,
                     *                     "detail": "every row passes"
                     *                   },
                     *                   {
                     *                     "id": "range_amount",
                     *                     "kind": "range",
                     *                     "severity": "quarantine",
                     *                     "status": "quarantined",
                     *                     "failingRows": 20,
                     *                     "detail": "20 of 449 rows fail amount in [0, 100000]"
                     *                   },
                     *                   {
                     *                     "id": "allowed_values_status",
                     *                     "kind": "allowed_values",
                     *                     "severity": "quarantine",
                     *                     "status": "quarantined",
                     *                     "failingRows": 10,
                     *                     "detail": "10 of 449 rows fail status in (placed, paid, shipped, delivered, returned)"
                     *                   },
                     *                   {
                     *                     "id": "allowed_values_currency",
                     *                     "kind": "allowed_values",
                     *                     "severity": "warn",
                     *                     "status": "warned",
                     *                     "failingRows": 10,
                     *                     "detail": "10 of 449 rows fail currency in (EUR, GBP, USD)"
                     *                   },
                     *                   {
                     *                     "id": "reference_customer_id",
                     *                     "kind": "reference",
                     *                     "severity": "quarantine",
                     *                     "status": "passed",
                     *                     "failingRows": 0,
                     *                     "detail": "every row passes"
                     *                   },
                     *                   {
                     *                     "id": "row_count",
                     *                     "kind": "row_count",
                     *                     "severity": "fail",
                     *                     "status": "passed",
                     *                     "detail": "passes"
                     *                   },
                     *                   {
                     *                     "id": "freshness_updated_at",
                     *                     "kind": "freshness",
                     *                     "severity": "warn",
                     *                     "status": "warned",
                     *                     "detail": "newest updated_at is 834.1 h old, more than 48 h"
                     *                   },
                     *                   {
                     *                     "id": "schema_drift",
                     *                     "kind": "schema_drift",
                     *                     "severity": "fail",
                     *                     "status": "passed",
                     *                     "detail": "passes"
                     *                   }
                     *                 ],
                     *                 "failedChecks": [],
                     *                 "missingColumns": [],
                     *                 "extraColumns": []
                     *               },
                     *               "durationMs": 224313
                     *             }
                     *           },
                     *           "requestedBy": "s3-landing",
                     *           "trigger": "landing",
                     *           "execution": "arn:aws:states:us-east-1:000000000000:execution:plinth-examples-Promotion:60f89996-1dd4-40d4-950d-c3f8896472e8",
                     *           "createdAt": "2026-12-06T18:03:25.518Z",
                     *           "updatedAt": "2026-12-06T18:08:20.129Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["PromotionList"];
                };
            };
            /** @description invalid_parameter */
            400: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    promoteDataset: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry safely: the same key and body return the first answer */
                "idempotency-key"?: string;
            };
            path: {
                /** @description lower-case letters, digits and _, e.g. orders */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "to": "gold",
                 *       "partition": "2026-11-01"
                 *     }
                 */
                "application/json": components["schemas"]["PromotionRequest"];
            };
        };
        responses: {
            /** @description A replay of the same Idempotency-Key: the first run */
            200: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    /** @description Where to follow what was created or started */
                    Location: string;
                    /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Promotion"];
                };
            };
            /** @description Started */
            202: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    /** @description Where to follow what was created or started */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "run-8d3e58a9bc57af051430975e",
                     *       "dataset": "orders",
                     *       "team": "payments",
                     *       "from": "silver",
                     *       "to": "gold",
                     *       "partitions": [
                     *         "2026-11-01"
                     *       ],
                     *       "status": "RUNNING",
                     *       "results": {},
                     *       "requestedBy": "alice",
                     *       "trigger": "api",
                     *       "execution": "arn:aws:states:us-east-1:000000000000:execution:plinth-examples-Promotion:run-8d3e58a9bc57af051430975e",
                     *       "createdAt": "2026-12-06T18:09:24.021Z",
                     *       "updatedAt": "2026-12-06T18:09:24.021Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Promotion"];
                };
            };
            /** @description malformed_json */
            400: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description forbidden */
            403: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unsupported_media_type */
            415: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description validation_failed */
            422: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPromotion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description lower-case letters, digits and _, e.g. orders */
                id: string;
                promotionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The run */
            200: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "run-8d3e58a9bc57af051430975e",
                     *       "dataset": "orders",
                     *       "team": "payments",
                     *       "from": "silver",
                     *       "to": "gold",
                     *       "partitions": [
                     *         "2026-11-01"
                     *       ],
                     *       "status": "SUCCEEDED",
                     *       "results": {
                     *         "2026-11-01": {
                     *           "partition": "2026-11-01",
                     *           "status": "SUCCEEDED",
                     *           "version": 1,
                     *           "durationMs": 47192
                     *         }
                     *       },
                     *       "requestedBy": "alice",
                     *       "trigger": "api",
                     *       "execution": "arn:aws:states:us-east-1:000000000000:execution:plinth-examples-Promotion:run-8d3e58a9bc57af051430975e",
                     *       "createdAt": "2026-12-06T18:09:24.021Z",
                     *       "updatedAt": "2026-12-06T18:12:13.194Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Promotion"];
                };
            };
            /** @description invalid_parameter */
            400: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelPromotion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description lower-case letters, digits and _, e.g. orders */
                id: string;
                promotionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The run, CANCELLED */
            200: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "run-332d859219af4eff920ede1f",
                     *       "dataset": "orders",
                     *       "team": "payments",
                     *       "from": "silver",
                     *       "to": "gold",
                     *       "partitions": [
                     *         "2026-11-02",
                     *         "2026-11-03"
                     *       ],
                     *       "status": "CANCELLED",
                     *       "results": {
                     *         "2026-11-03": {
                     *           "partition": "2026-11-03",
                     *           "status": "CANCELLED",
                     *           "error": "cancelled by alice before it finished"
                     *         },
                     *         "2026-11-02": {
                     *           "partition": "2026-11-02",
                     *           "status": "CANCELLED",
                     *           "error": "cancelled by alice before it finished"
                     *         }
                     *       },
                     *       "requestedBy": "alice",
                     *       "trigger": "api",
                     *       "execution": "arn:aws:states:us-east-1:000000000000:execution:plinth-examples-Promotion:run-332d859219af4eff920ede1f",
                     *       "createdAt": "2026-12-06T18:16:33.696Z",
                     *       "updatedAt": "2026-12-06T18:17:34.761Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Promotion"];
                };
            };
            /** @description malformed_json */
            400: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description forbidden */
            403: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflict */
            409: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unsupported_media_type */
            415: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description validation_failed */
            422: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listVersions: {
        parameters: {
            query: {
                partition: string;
            };
            header?: never;
            path: {
                /** @description lower-case letters, digits and _, e.g. orders */
                id: string;
                stage: "bronze" | "silver" | "gold";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Versions */
            200: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "dataset": "orders",
                     *           "stage": "silver",
                     *           "partition": "2026-11-01",
                     *           "version": 2,
                     *           "prefix": "lake/silver/orders/2026-11-01/v=2/",
                     *           "files": [
                     *             "lake/silver/orders/2026-11-01/v=2/part-0.parquet"
                     *           ],
                     *           "contentHash": "fa9fa30027bbcf42cbd89e60ba7aee8c39aa05fa6da5cddf4e34dbd0a31d44eb",
                     *           "inputs": [
                     *             {
                     *               "stage": "bronze",
                     *               "version": 2,
                     *               "contentHash": "d2505e2839fb3c4118b66a0afed02e107b97b7877e068c3637593b5a8331bbae"
                     *             }
                     *           ],
                     *           "contractVersion": 1,
                     *           "rows": 350,
                     *           "quarantinedRows": 99,
                     *           "quarantineFiles": [
                     *             "lake/quarantine/orders/2026-11-01/v=2/part-0.parquet"
                     *           ],
                     *           "engine": "duckdb",
                     *           "report": {
                     *             "outcome": "passed",
                     *             "inputRows": 450,
                     *             "duplicateRows": 1,
                     *             "quarantinedRows": 99,
                     *             "publishedRows": 350,
                     *             "checks": [
                     *               {
                     *                 "id": "type_order_date",
                     *                 "kind": "type",
                     *                 "severity": "quarantine",
                     *                 "status": "passed",
                     *                 "failingRows": 0,
                     *                 "detail": "every row passes"
                     *               },
                     *               {
                     *                 "id": "type_amount",
                     *                 "kind": "type",
                     *                 "severity": "quarantine",
                     *                 "status": "quarantined",
                     *                 "failingRows": 10,
                     *                 "detail": "10 of 449 rows fail the type of amount"
                     *               },
                     *               {
                     *                 "id": "type_updated_at",
                     *                 "kind": "type",
                     *                 "severity": "quarantine",
                     *                 "status": "passed",
                     *                 "failingRows": 0,
                     *                 "detail": "every row passes"
                     *               },
                     *               {
                     *                 "id": "not_null_order_id",
                     *                 "kind": "not_null",
                     *                 "severity": "quarantine",
                     *                 "status": "passed",
                     *                 "failingRows": 0,
                     *                 "detail": "every row passes"
                     *               },
                     *               {
                     *                 "id": "not_null_order_date",
                     *                 "kind": "not_null",
                     *                 "severity": "quarantine",
                     *                 "status": "passed",
                     *                 "failingRows": 0,
                     *                 "detail": "every row passes"
                     *               },
                     *               {
                     *                 "id": "primary_key",
                     *                 "kind": "unique",
                     *                 "severity": "quarantine",
                     *                 "status": "quarantined",
                     *                 "failingRows": 98,
                     *                 "detail": "98 of 449 rows fail (order_id) is unique"
                     *               },
                     *               {
                     *                 "id": "not_null_customer_id",
                     *                 "kind": "not_null",
                     *                 "severity": "quarantine",
                     *                 "status": "quarantined",
                     *                 "failingRows": 19,
                     *                 "detail": "19 of 449 rows fail customer_id is not null"
                     *               },
                     *               {
                     *                 "id": "regex_order_id",
                     *                 "kind": "regex",
                     *                 "severity": "quarantine",
                     *                 "status": "passed",
                     *                 "failingRows": 0,
                     *                 "detail": "every row passes"
                     *               },
                     *               {
                     *                 "id": "range_amount",
                     *                 "kind": "range",
                     *                 "severity": "quarantine",
                     *                 "status": "quarantined",
                     *                 "failingRows": 20,
                     *                 "detail": "20 of 449 rows fail amount in [0, 100000]"
                     *               },
                     *               {
                     *                 "id": "allowed_values_status",
                     *                 "kind": "allowed_values",
                     *                 "severity": "quarantine",
                     *                 "status": "quarantined",
                     *                 "failingRows": 10,
                     *                 "detail": "10 of 449 rows fail status in (placed, paid, shipped, delivered, returned)"
                     *               },
                     *               {
                     *                 "id": "allowed_values_currency",
                     *                 "kind": "allowed_values",
                     *                 "severity": "warn",
                     *                 "status": "warned",
                     *                 "failingRows": 10,
                     *                 "detail": "10 of 449 rows fail currency in (EUR, GBP, USD)"
                     *               },
                     *               {
                     *                 "id": "reference_customer_id",
                     *                 "kind": "reference",
                     *                 "severity": "quarantine",
                     *                 "status": "passed",
                     *                 "failingRows": 0,
                     *                 "detail": "every row passes"
                     *               },
                     *               {
                     *                 "id": "row_count",
                     *                 "kind": "row_count",
                     *                 "severity": "fail",
                     *                 "status": "passed",
                     *                 "detail": "passes"
                     *               },
                     *               {
                     *                 "id": "freshness_updated_at",
                     *                 "kind": "freshness",
                     *                 "severity": "warn",
                     *                 "status": "warned",
                     *                 "detail": "newest updated_at is 834.1 h old, more than 48 h"
                     *               },
                     *               {
                     *                 "id": "schema_drift",
                     *                 "kind": "schema_drift",
                     *                 "severity": "fail",
                     *                 "status": "passed",
                     *                 "detail": "passes"
                     *               }
                     *             ],
                     *             "failedChecks": [],
                     *             "missingColumns": [],
                     *             "extraColumns": []
                     *           },
                     *           "promotionId": "run-53514ac43e9d4b22e12cc328",
                     *           "durationMs": 207661,
                     *           "createdAt": "2026-12-06T18:07:49.365Z"
                     *         },
                     *         {
                     *           "dataset": "orders",
                     *           "stage": "silver",
                     *           "partition": "2026-11-01",
                     *           "version": 1,
                     *           "prefix": "lake/silver/orders/2026-11-01/v=1/",
                     *           "files": [
                     *             "lake/silver/orders/2026-11-01/v=1/part-0.parquet"
                     *           ],
                     *           "contentHash": "fcd6d9ef89a9254f0efae31eacea247b107d5cdee01c0c55ae5b68f46e8f8886",
                     *           "inputs": [
                     *             {
                     *               "stage": "bronze",
                     *               "version": 1,
                     *               "contentHash": "ef66e0c3732d706264ebec11cd42ae849f00cc3a217df5c407d1359d7347748f"
                     *             }
                     *           ],
                     *           "contractVersion": 1,
                     *           "rows": 368,
                     *           "quarantinedRows": 32,
                     *           "quarantineFiles": [
                     *             "lake/quarantine/orders/2026-11-01/v=1/part-0.parquet"
                     *           ],
                     *           "engine": "duckdb",
                     *           "report": {
                     *             "outcome": "passed",
                     *             "inputRows": 400,
                     *             "duplicateRows": 0,
                     *             "quarantinedRows": 32,
                     *             "publishedRows": 368,
                     *             "checks": [
                     *               {
                     *                 "id": "type_order_date",
                     *                 "kind": "type",
                     *                 "severity": "quarantine",
                     *                 "status": "passed",
                     *                 "failingRows": 0,
                     *                 "detail": "every row passes"
                     *               },
                     *               {
                     *                 "id": "type_amount",
                     *                 "kind": "type",
                     *                 "severity": "quarantine",
                     *                 "status": "quarantined",
                     *                 "failingRows": 5,
                     *                 "detail": "5 of 400 rows fail the type of amount"
                     *               },
                     *               {
                     *                 "id": "type_updated_at",
                     *                 "kind": "type",
                     *                 "severity": "quarantine",
                     *                 "status": "passed",
                     *                 "failingRows": 0,
                     *                 "detail": "every row passes"
                     *               },
                     *               {
                     *                 "id": "not_null_order_id",
                     *                 "kind": "not_null",
                     *                 "severity": "quarantine",
                     *                 "status": "passed",
                     *                 "failingRows": 0,
                     *                 "detail": "every row passes"
                     *               },
                     *               {
                     *                 "id": "not_null_order_date",
                     *                 "kind": "not_null",
                     *                 "severity": "quarantine",
                     *                 "status": "passed",
                     *                 "failingRows": 0,
                     *                 "detail": "every row passes"
                     *               },
                     *               {
                     *                 "id": "primary_key",
                     *                 "kind": "unique",
                     *                 "severity": "quarantine",
                     *                 "status": "quarantined",
                     *                 "failingRows": 2,
                     *                 "detail": "2 of 400 rows fail (order_id) is unique"
                     *               },
                     *               {
                     *                 "id": "not_null_customer_id",
                     *                 "kind": "not_null",
                     *                 "severity": "quarantine",
                     *                 "status": "quarantined",
                     *                 "failingRows": 10,
                     *                 "detail": "10 of 400 rows fail customer_id is not null"
                     *               },
                     *               {
                     *                 "id": "regex_order_id",
                     *                 "kind": "regex",
                     *                 "severity": "quarantine",
                     *                 "status": "passed",
                     *                 "failingRows": 0,
                     *                 "detail": "every row passes"
                     *               },
                     *               {
                     *                 "id": "range_amount",
                     *                 "kind": "range",
                     *                 "severity": "quarantine",
                     *                 "status": "quarantined",
                     *                 "failingRows": 10,
                     *                 "detail": "10 of 400 rows fail amount in [0, 100000]"
                     *               },
                     *               {
                     *                 "id": "allowed_values_status",
                     *                 "kind": "allowed_values",
                     *                 "severity": "quarantine",
                     *                 "status": "quarantined",
                     *                 "failingRows": 5,
                     *                 "detail": "5 of 400 rows fail status in (placed, paid, shipped, delivered, returned)"
                     *               },
                     *               {
                     *                 "id": "allowed_values_currency",
                     *                 "kind": "allowed_values",
                     *                 "severity": "warn",
                     *                 "status": "warned",
                     *                 "failingRows": 5,
                     *                 "detail": "5 of 400 rows fail currency in (EUR, GBP, USD)"
                     *               },
                     *               {
                     *                 "id": "reference_customer_id",
                     *                 "kind": "reference",
                     *                 "severity": "quarantine",
                     *                 "status": "passed",
                     *                 "failingRows": 0,
                     *                 "detail": "every row passes"
                     *               },
                     *               {
                     *                 "id": "row_count",
                     *                 "kind": "row_count",
                     *                 "severity": "fail",
                     *                 "status": "passed",
                     *                 "detail": "passes"
                     *               },
                     *               {
                     *                 "id": "freshness_updated_at",
                     *                 "kind": "freshness",
                     *                 "severity": "warn",
                     *                 "status": "warned",
                     *                 "detail": "newest updated_at is 834.0 h old, more than 48 h"
                     *               },
                     *               {
                     *                 "id": "schema_drift",
                     *                 "kind": "schema_drift",
                     *                 "severity": "fail",
                     *                 "status": "passed",
                     *                 "detail": "passes"
                     *               }
                     *             ],
                     *             "failedChecks": [],
                     *             "missingColumns": [],
                     *             "extraColumns": []
                     *           },
                     *           "promotionId": "run-894ed9f6ac99e95029c10ffa",
                     *           "durationMs": 351496,
                     *           "createdAt": "2026-12-06T17:58:15.599Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["VersionList"];
                };
            };
            /** @description invalid_parameter */
            400: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getQuarantine: {
        parameters: {
            query?: {
                partition?: string;
            };
            header?: never;
            path: {
                /** @description lower-case letters, digits and _, e.g. orders */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Quarantined rows */
            200: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "partition": "2026-11-01",
                     *           "version": 2,
                     *           "contractVersion": 1,
                     *           "rows": 99,
                     *           "byCheck": {
                     *             "type_amount": 10,
                     *             "primary_key": 98,
                     *             "not_null_customer_id": 19,
                     *             "range_amount": 20,
                     *             "allowed_values_status": 10
                     *           },
                     *           "files": [
                     *             "lake/quarantine/orders/2026-11-01/v=2/part-0.parquet"
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["QuarantineList"];
                };
            };
            /** @description invalid_parameter */
            400: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listQuarantinedRows: {
        parameters: {
            query: {
                partition: string;
                limit?: number;
                offset?: number | null;
            };
            header?: never;
            path: {
                /** @description lower-case letters, digits and _, e.g. orders */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of rows */
            200: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "order_id": "O-20261101-000010",
                     *           "customer_id": "C000151",
                     *           "order_date": "2026-11-01",
                     *           "amount": "-93.90",
                     *           "currency": "EUR",
                     *           "status": "returned",
                     *           "updated_at": "2026-11-01 04:48:00",
                     *           "_plinth_reasons": "primary_key,range_amount"
                     *         },
                     *         {
                     *           "order_id": "O-20261101-000013",
                     *           "customer_id": "C000117",
                     *           "order_date": "2026-11-01",
                     *           "amount": "-63.72",
                     *           "currency": "EUR",
                     *           "status": "paid",
                     *           "updated_at": "2026-11-01 06:14:24",
                     *           "_plinth_reasons": "primary_key,range_amount"
                     *         }
                     *       ],
                     *       "total": 99,
                     *       "listed": 99,
                     *       "version": 2
                     *     }
                     */
                    "application/json": components["schemas"]["QuarantineRows"];
                };
            };
            /** @description invalid_parameter */
            400: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reprocessQuarantine: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry safely: the same key and body return the first answer */
                "idempotency-key"?: string;
            };
            path: {
                /** @description lower-case letters, digits and _, e.g. orders */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "partitions": [
                 *         "2026-11-01"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["Reprocess"];
            };
        };
        responses: {
            /** @description A replay of the same Idempotency-Key: the first run */
            200: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    /** @description Where to follow what was created or started */
                    Location: string;
                    /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Promotion"];
                };
            };
            /** @description Started */
            202: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    /** @description Where to follow what was created or started */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "run-eeb5dc20e8fd4211ab90b33f",
                     *       "dataset": "orders",
                     *       "team": "payments",
                     *       "from": "bronze",
                     *       "to": "silver",
                     *       "partitions": [
                     *         "2026-11-01"
                     *       ],
                     *       "status": "RUNNING",
                     *       "results": {},
                     *       "requestedBy": "alice",
                     *       "trigger": "api",
                     *       "execution": "arn:aws:states:us-east-1:000000000000:execution:plinth-examples-Promotion:run-eeb5dc20e8fd4211ab90b33f",
                     *       "createdAt": "2026-12-06T18:16:13.692Z",
                     *       "updatedAt": "2026-12-06T18:16:13.692Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Promotion"];
                };
            };
            /** @description malformed_json */
            400: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description forbidden */
            403: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflict */
            409: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unsupported_media_type */
            415: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description validation_failed */
            422: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rollbackStage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description lower-case letters, digits and _, e.g. orders */
                id: string;
                stage: "bronze" | "silver" | "gold";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "partition": "2026-11-01",
                 *       "version": 1
                 *     }
                 */
                "application/json": components["schemas"]["Rollback"];
            };
        };
        responses: {
            /** @description The pointer now */
            200: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "version": 1,
                     *       "previous": 2,
                     *       "movedAt": "2026-12-06T18:14:16.204Z",
                     *       "movedBy": "alice",
                     *       "reason": "rollback",
                     *       "partition": "2026-11-01"
                     *     }
                     */
                    "application/json": components["schemas"]["StagePointer"];
                };
            };
            /** @description malformed_json */
            400: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description forbidden */
            403: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflict */
            409: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unsupported_media_type */
            415: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description validation_failed */
            422: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getInsights: {
        parameters: {
            query?: {
                /** @description the team (required when you belong to more than one) */
                team?: string;
                /** @description start of the window (ISO 8601); 30 days before `to` by default */
                from?: string;
                /** @description end of the window (ISO 8601); now by default */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The team's insights */
            200: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "team": "payments",
                     *       "from": "2026-11-06T18:18:42.656Z",
                     *       "to": "2026-12-06T18:18:42.656Z",
                     *       "provisioning": {
                     *         "requests": 5,
                     *         "byStatus": {
                     *           "DESTROYED": 1,
                     *           "SUCCEEDED": 2,
                     *           "REJECTED": 1,
                     *           "CANCELLED": 1
                     *         },
                     *         "leadTimeSeconds": {
                     *           "count": 3,
                     *           "p50": 301.803,
                     *           "p95": 423.904
                     *         },
                     *         "byTemplate": [
                     *           {
                     *             "template": "s3-bucket",
                     *             "requests": 3,
                     *             "succeeded": 1,
                     *             "failed": 0,
                     *             "failureRate": 0
                     *           },
                     *           {
                     *             "template": "sqs-queue",
                     *             "requests": 2,
                     *             "succeeded": 2,
                     *             "failed": 0,
                     *             "failureRate": 0
                     *           }
                     *         ],
                     *         "monthlyCommittedUsd": 2.33,
                     *         "monthlyBudgetUsd": 1000
                     *       },
                     *       "promotions": {
                     *         "byDataset": [
                     *           {
                     *             "dataset": "returns",
                     *             "runs": 0,
                     *             "succeeded": 0,
                     *             "successRate": 0,
                     *             "rowsIn": 0,
                     *             "rowsQuarantined": 0,
                     *             "quarantineRate": 0
                     *           },
                     *           {
                     *             "dataset": "customers",
                     *             "runs": 2,
                     *             "succeeded": 2,
                     *             "successRate": 1,
                     *             "rowsIn": 200,
                     *             "rowsQuarantined": 0,
                     *             "quarantineRate": 0
                     *           },
                     *           {
                     *             "dataset": "orders",
                     *             "runs": 11,
                     *             "succeeded": 9,
                     *             "successRate": 0.9,
                     *             "rowsIn": 1650,
                     *             "rowsQuarantined": 195,
                     *             "quarantineRate": 0.1182
                     *           }
                     *         ]
                     *       },
                     *       "incidents": {
                     *         "opened": 3,
                     *         "resolved": 2,
                     *         "escalated": 1,
                     *         "healedAutomatically": 1,
                     *         "healedShare": 0.5,
                     *         "timeToResolveSeconds": {
                     *           "count": 2,
                     *           "p50": 290.804,
                     *           "p95": 693.651
                     *         }
                     *       },
                     *       "delivery": {
                     *         "scope": {
                     *           "team": "payments"
                     *         },
                     *         "from": "2026-11-06T18:18:42.656Z",
                     *         "to": "2026-12-06T18:18:42.656Z",
                     *         "environment": "production",
                     *         "deploymentFrequency": {
                     *           "deployments": 0,
                     *           "perWeek": 0,
                     *           "ids": []
                     *         },
                     *         "changeLeadTime": {
                     *           "medianHours": null,
                     *           "p90Hours": null,
                     *           "samples": 0,
                     *           "ids": []
                     *         },
                     *         "changeFailRate": {
                     *           "failed": 0,
                     *           "total": 0,
                     *           "rate": null,
                     *           "ids": []
                     *         },
                     *         "recoveryTime": {
                     *           "medianHours": null,
                     *           "samples": 0,
                     *           "ids": []
                     *         },
                     *         "reworkRate": {
                     *           "rework": 0,
                     *           "total": 0,
                     *           "rate": null,
                     *           "ids": []
                     *         },
                     *         "weeks": [
                     *           {
                     *             "start": "2026-11-06T18:18:42.656Z",
                     *             "deployments": 0,
                     *             "failed": 0,
                     *             "medianLeadHours": null
                     *           },
                     *           {
                     *             "start": "2026-11-13T18:18:42.656Z",
                     *             "deployments": 0,
                     *             "failed": 0,
                     *             "medianLeadHours": null
                     *           },
                     *           {
                     *             "start": "2026-11-20T18:18:42.656Z",
                     *             "deployments": 0,
                     *             "failed": 0,
                     *             "medianLeadHours": null
                     *           },
                     *           {
                     *             "start": "2026-11-27T18:18:42.656Z",
                     *             "deployments": 0,
                     *             "failed": 0,
                     *             "medianLeadHours": null
                     *           },
                     *           {
                     *             "start": "2026-12-04T18:18:42.656Z",
                     *             "deployments": 0,
                     *             "failed": 0,
                     *             "medianLeadHours": null
                     *           }
                     *         ]
                     *       },
                     *       "cost": {
                     *         "queries": 8,
                     *         "itemsRead": 25,
                     *         "readUnits": 9,
                     *         "truncated": false
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Insights"];
                };
            };
            /** @description invalid_parameter */
            400: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description validation_failed */
            422: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCosts: {
        parameters: {
            query?: {
                /** @description the team (required when you belong to more than one) */
                team?: string;
                /** @description only this catalog service's resources */
                service?: string;
                /** @description only this provisioning request */
                request?: string;
                /** @description first day (YYYY-MM-DD, UTC); 30 days before `to` by default */
                from?: string;
                /** @description last day, inclusive (YYYY-MM-DD, UTC); today by default */
                to?: string;
                /** @description what `groups` are */
                groupBy?: "request" | "service" | "day";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The team's measured cost */
            200: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "team": "payments",
                     *       "from": "2026-11-06",
                     *       "to": "2026-12-06",
                     *       "currency": "USD",
                     *       "actualUsd": 0,
                     *       "estimated": false,
                     *       "daily": [],
                     *       "groups": [
                     *         {
                     *           "key": "pr-378e4da9d6f949de8703",
                     *           "request": "pr-378e4da9d6f949de8703",
                     *           "name": "events",
                     *           "template": "sqs-queue",
                     *           "status": "SUCCEEDED",
                     *           "actualUsd": 0,
                     *           "estimateMonthlyUsd": 1.2,
                     *           "measuredMonthlyUsd": 0,
                     *           "drift": null
                     *         },
                     *         {
                     *           "key": "pr-54303035027646eb857e",
                     *           "request": "pr-54303035027646eb857e",
                     *           "name": "ledger",
                     *           "template": "s3-bucket",
                     *           "status": "SUCCEEDED",
                     *           "actualUsd": 0,
                     *           "estimateMonthlyUsd": 1.13,
                     *           "measuredMonthlyUsd": 0,
                     *           "drift": null
                     *         }
                     *       ],
                     *       "budget": {
                     *         "month": "2026-12",
                     *         "monthlyBudgetUsd": 1000,
                     *         "monthToDateUsd": 0,
                     *         "forecastUsd": 0,
                     *         "forecastMethod": "daily-run-rate",
                     *         "crossed": []
                     *       },
                     *       "dataThrough": "2026-12-06",
                     *       "readAt": "2026-12-06T18:19:45.533Z"
                     *     }
                     */
                    "application/json": components["schemas"]["CostReport"];
                };
            };
            /** @description invalid_parameter */
            400: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRecommendations: {
        parameters: {
            query?: {
                /** @description the team (required when you belong to more than one) */
                team?: string;
                /** @description only this catalog service's */
                service?: string;
                /** @description only these; every status by default */
                status?: "OPEN" | "SNOOZED" | "DISMISSED" | "APPLIED" | "RESOLVED";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The team's recommendations */
            200: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "team": "payments",
                     *       "items": [
                     *         {
                     *           "id": "rec-2f486e3ccef081c0b6fd",
                     *           "team": "payments",
                     *           "request": "pr-a80ce67618764ffdad0c",
                     *           "name": "refunds",
                     *           "template": "sqs-queue",
                     *           "environment": "staging",
                     *           "kind": "idle",
                     *           "title": "refunds (sqs-queue) is idle",
                     *           "reason": "no messages sent or received for 14 days (2026-12-09 to 2026-12-22)",
                     *           "evidence": {
                     *             "from": "2026-12-09T00:00:00.000Z",
                     *             "to": "2026-12-23T00:00:00.000Z",
                     *             "periodSeconds": 86400,
                     *             "metrics": [
                     *               {
                     *                 "namespace": "AWS/SQS",
                     *                 "name": "NumberOfMessagesSent",
                     *                 "stat": "Sum",
                     *                 "dimensions": {
                     *                   "QueueName": "plinth-examples-recs-payments-staging-refunds"
                     *                 },
                     *                 "datapoints": 0,
                     *                 "total": 0,
                     *                 "daily": []
                     *               },
                     *               {
                     *                 "namespace": "AWS/SQS",
                     *                 "name": "NumberOfMessagesReceived",
                     *                 "stat": "Sum",
                     *                 "dimensions": {
                     *                   "QueueName": "plinth-examples-recs-payments-staging-refunds"
                     *                 },
                     *                 "datapoints": 0,
                     *                 "total": 0,
                     *                 "daily": []
                     *               }
                     *             ]
                     *           },
                     *           "action": {
                     *             "kind": "destroy",
                     *             "summary": "destroy pr-a80ce67618764ffdad0c: its stack and everything in it, after an approver agrees"
                     *           },
                     *           "saving": {
                     *             "monthlyUsd": 1.2,
                     *             "estimateMonthlyUsd": 1.2,
                     *             "measuredMonthlyUsd": 0
                     *           },
                     *           "status": "OPEN",
                     *           "history": [
                     *             {
                     *               "at": "2026-12-23T22:46:33.019Z",
                     *               "actor": "plinth",
                     *               "action": "opened",
                     *               "message": "no messages sent or received for 14 days (2026-12-09 to 2026-12-22)"
                     *             }
                     *           ],
                     *           "openedAt": "2026-12-23T22:46:33.019Z",
                     *           "updatedAt": "2026-12-23T22:46:33.019Z",
                     *           "version": 1
                     *         },
                     *         {
                     *           "id": "rec-0cbd174216962c385185",
                     *           "team": "payments",
                     *           "request": "pr-a2c3822a15184fa2a578",
                     *           "name": "audit-trail",
                     *           "template": "sqs-queue",
                     *           "environment": "staging",
                     *           "kind": "idle",
                     *           "title": "audit-trail (sqs-queue) is idle",
                     *           "reason": "no messages sent or received for 14 days (2026-12-09 to 2026-12-22)",
                     *           "evidence": {
                     *             "from": "2026-12-09T00:00:00.000Z",
                     *             "to": "2026-12-23T00:00:00.000Z",
                     *             "periodSeconds": 86400,
                     *             "metrics": [
                     *               {
                     *                 "namespace": "AWS/SQS",
                     *                 "name": "NumberOfMessagesSent",
                     *                 "stat": "Sum",
                     *                 "dimensions": {
                     *                   "QueueName": "plinth-examples-recs-payments-staging-audit-trail"
                     *                 },
                     *                 "datapoints": 0,
                     *                 "total": 0,
                     *                 "daily": []
                     *               },
                     *               {
                     *                 "namespace": "AWS/SQS",
                     *                 "name": "NumberOfMessagesReceived",
                     *                 "stat": "Sum",
                     *                 "dimensions": {
                     *                   "QueueName": "plinth-examples-recs-payments-staging-audit-trail"
                     *                 },
                     *                 "datapoints": 0,
                     *                 "total": 0,
                     *                 "daily": []
                     *               }
                     *             ]
                     *           },
                     *           "action": {
                     *             "kind": "destroy",
                     *             "summary": "destroy pr-a2c3822a15184fa2a578: its stack and everything in it, after an approver agrees"
                     *           },
                     *           "saving": {
                     *             "monthlyUsd": 1.2,
                     *             "estimateMonthlyUsd": 1.2,
                     *             "measuredMonthlyUsd": 0
                     *           },
                     *           "status": "OPEN",
                     *           "history": [
                     *             {
                     *               "at": "2026-12-23T22:34:47.815Z",
                     *               "actor": "plinth",
                     *               "action": "opened",
                     *               "message": "no messages sent or received for 14 days (2026-12-09 to 2026-12-22)"
                     *             }
                     *           ],
                     *           "openedAt": "2026-12-23T22:34:47.815Z",
                     *           "updatedAt": "2026-12-23T22:34:47.815Z",
                     *           "version": 1
                     *         },
                     *         {
                     *           "id": "rec-c8e5af3b11e6cfad502c",
                     *           "team": "payments",
                     *           "request": "pr-920603a747074862bc44",
                     *           "name": "backfill",
                     *           "template": "sqs-queue",
                     *           "environment": "staging",
                     *           "kind": "idle",
                     *           "title": "backfill (sqs-queue) is idle",
                     *           "reason": "no messages sent or received for 14 days (2026-12-09 to 2026-12-22)",
                     *           "evidence": {
                     *             "from": "2026-12-09T00:00:00.000Z",
                     *             "to": "2026-12-23T00:00:00.000Z",
                     *             "periodSeconds": 86400,
                     *             "metrics": [
                     *               {
                     *                 "namespace": "AWS/SQS",
                     *                 "name": "NumberOfMessagesSent",
                     *                 "stat": "Sum",
                     *                 "dimensions": {
                     *                   "QueueName": "plinth-examples-recs-payments-staging-backfill"
                     *                 },
                     *                 "datapoints": 0,
                     *                 "total": 0,
                     *                 "daily": []
                     *               },
                     *               {
                     *                 "namespace": "AWS/SQS",
                     *                 "name": "NumberOfMessagesReceived",
                     *                 "stat": "Sum",
                     *                 "dimensions": {
                     *                   "QueueName": "plinth-examples-recs-payments-staging-backfill"
                     *                 },
                     *                 "datapoints": 0,
                     *                 "total": 0,
                     *                 "daily": []
                     *               }
                     *             ]
                     *           },
                     *           "action": {
                     *             "kind": "destroy",
                     *             "summary": "destroy pr-920603a747074862bc44: its stack and everything in it, after an approver agrees"
                     *           },
                     *           "saving": {
                     *             "monthlyUsd": 1.2,
                     *             "estimateMonthlyUsd": 1.2,
                     *             "measuredMonthlyUsd": 0
                     *           },
                     *           "status": "OPEN",
                     *           "history": [
                     *             {
                     *               "at": "2026-12-23T22:10:07.578Z",
                     *               "actor": "plinth",
                     *               "action": "opened",
                     *               "message": "no messages sent or received for 14 days (2026-12-09 to 2026-12-22)"
                     *             }
                     *           ],
                     *           "openedAt": "2026-12-23T22:10:07.578Z",
                     *           "updatedAt": "2026-12-23T22:10:07.578Z",
                     *           "version": 1
                     *         }
                     *       ],
                     *       "open": 3,
                     *       "monthlySavingUsd": 3.6
                     *     }
                     */
                    "application/json": components["schemas"]["RecommendationList"];
                };
            };
            /** @description invalid_parameter */
            400: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRecommendation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The recommendation */
            200: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "rec-2f486e3ccef081c0b6fd",
                     *       "team": "payments",
                     *       "request": "pr-a80ce67618764ffdad0c",
                     *       "name": "refunds",
                     *       "template": "sqs-queue",
                     *       "environment": "staging",
                     *       "kind": "idle",
                     *       "title": "refunds (sqs-queue) is idle",
                     *       "reason": "no messages sent or received for 14 days (2026-12-09 to 2026-12-22)",
                     *       "evidence": {
                     *         "from": "2026-12-09T00:00:00.000Z",
                     *         "to": "2026-12-23T00:00:00.000Z",
                     *         "periodSeconds": 86400,
                     *         "metrics": [
                     *           {
                     *             "namespace": "AWS/SQS",
                     *             "name": "NumberOfMessagesSent",
                     *             "stat": "Sum",
                     *             "dimensions": {
                     *               "QueueName": "plinth-examples-recs-payments-staging-refunds"
                     *             },
                     *             "datapoints": 0,
                     *             "total": 0,
                     *             "daily": []
                     *           },
                     *           {
                     *             "namespace": "AWS/SQS",
                     *             "name": "NumberOfMessagesReceived",
                     *             "stat": "Sum",
                     *             "dimensions": {
                     *               "QueueName": "plinth-examples-recs-payments-staging-refunds"
                     *             },
                     *             "datapoints": 0,
                     *             "total": 0,
                     *             "daily": []
                     *           }
                     *         ]
                     *       },
                     *       "action": {
                     *         "kind": "destroy",
                     *         "summary": "destroy pr-a80ce67618764ffdad0c: its stack and everything in it, after an approver agrees"
                     *       },
                     *       "saving": {
                     *         "monthlyUsd": 1.2,
                     *         "estimateMonthlyUsd": 1.2,
                     *         "measuredMonthlyUsd": 0
                     *       },
                     *       "status": "OPEN",
                     *       "history": [
                     *         {
                     *           "at": "2026-12-23T22:46:33.019Z",
                     *           "actor": "plinth",
                     *           "action": "opened",
                     *           "message": "no messages sent or received for 14 days (2026-12-09 to 2026-12-22)"
                     *         }
                     *       ],
                     *       "openedAt": "2026-12-23T22:46:33.019Z",
                     *       "updatedAt": "2026-12-23T22:46:33.019Z",
                     *       "version": 1
                     *     }
                     */
                    "application/json": components["schemas"]["Recommendation"];
                };
            };
            /** @description invalid_parameter */
            400: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    applyRecommendation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The change is open; Location is the request */
            202: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    /** @description Where to follow what was created or started */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "recommendation": {
                     *         "id": "rec-2f486e3ccef081c0b6fd",
                     *         "team": "payments",
                     *         "request": "pr-a80ce67618764ffdad0c",
                     *         "name": "refunds",
                     *         "template": "sqs-queue",
                     *         "environment": "staging",
                     *         "kind": "idle",
                     *         "title": "refunds (sqs-queue) is idle",
                     *         "reason": "no messages sent or received for 14 days (2026-12-09 to 2026-12-22)",
                     *         "evidence": {
                     *           "from": "2026-12-09T00:00:00.000Z",
                     *           "to": "2026-12-23T00:00:00.000Z",
                     *           "periodSeconds": 86400,
                     *           "metrics": [
                     *             {
                     *               "namespace": "AWS/SQS",
                     *               "name": "NumberOfMessagesSent",
                     *               "stat": "Sum",
                     *               "dimensions": {
                     *                 "QueueName": "plinth-examples-recs-payments-staging-refunds"
                     *               },
                     *               "datapoints": 0,
                     *               "total": 0,
                     *               "daily": []
                     *             },
                     *             {
                     *               "namespace": "AWS/SQS",
                     *               "name": "NumberOfMessagesReceived",
                     *               "stat": "Sum",
                     *               "dimensions": {
                     *                 "QueueName": "plinth-examples-recs-payments-staging-refunds"
                     *               },
                     *               "datapoints": 0,
                     *               "total": 0,
                     *               "daily": []
                     *             }
                     *           ]
                     *         },
                     *         "action": {
                     *           "kind": "destroy",
                     *           "summary": "destroy pr-a80ce67618764ffdad0c: its stack and everything in it, after an approver agrees"
                     *         },
                     *         "saving": {
                     *           "monthlyUsd": 1.2,
                     *           "estimateMonthlyUsd": 1.2,
                     *           "measuredMonthlyUsd": 0
                     *         },
                     *         "status": "APPLIED",
                     *         "history": [
                     *           {
                     *             "at": "2026-12-23T22:46:33.019Z",
                     *             "actor": "plinth",
                     *             "action": "opened",
                     *             "message": "no messages sent or received for 14 days (2026-12-09 to 2026-12-22)"
                     *           },
                     *           {
                     *             "at": "2026-12-24T00:15:56.444Z",
                     *             "actor": "alice",
                     *             "action": "applied",
                     *             "message": "destroy of pr-a80ce67618764ffdad0c awaits an approver"
                     *           }
                     *         ],
                     *         "openedAt": "2026-12-23T22:46:33.019Z",
                     *         "updatedAt": "2026-12-24T00:15:56.444Z",
                     *         "version": 2,
                     *         "applied": {
                     *           "by": "alice",
                     *           "at": "2026-12-24T00:15:56.444Z",
                     *           "change": "pr-a80ce67618764ffdad0c"
                     *         }
                     *       },
                     *       "request": {
                     *         "id": "pr-a80ce67618764ffdad0c",
                     *         "status": "SUCCEEDED"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["AppliedRecommendation"];
                };
            };
            /** @description invalid_parameter */
            400: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description forbidden */
            403: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflict */
            409: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    dismissRecommendation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "kept for the yearly audit replay"
                 *     }
                 */
                "application/json": {
                    /** @description why it is not waste (kept in the audit trail) */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description The recommendation, DISMISSED */
            200: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "rec-0cbd174216962c385185",
                     *       "team": "payments",
                     *       "request": "pr-a2c3822a15184fa2a578",
                     *       "name": "audit-trail",
                     *       "template": "sqs-queue",
                     *       "environment": "staging",
                     *       "kind": "idle",
                     *       "title": "audit-trail (sqs-queue) is idle",
                     *       "reason": "no messages sent or received for 14 days (2026-12-09 to 2026-12-22)",
                     *       "evidence": {
                     *         "from": "2026-12-09T00:00:00.000Z",
                     *         "to": "2026-12-23T00:00:00.000Z",
                     *         "periodSeconds": 86400,
                     *         "metrics": [
                     *           {
                     *             "namespace": "AWS/SQS",
                     *             "name": "NumberOfMessagesSent",
                     *             "stat": "Sum",
                     *             "dimensions": {
                     *               "QueueName": "plinth-examples-recs-payments-staging-audit-trail"
                     *             },
                     *             "datapoints": 0,
                     *             "total": 0,
                     *             "daily": []
                     *           },
                     *           {
                     *             "namespace": "AWS/SQS",
                     *             "name": "NumberOfMessagesReceived",
                     *             "stat": "Sum",
                     *             "dimensions": {
                     *               "QueueName": "plinth-examples-recs-payments-staging-audit-trail"
                     *             },
                     *             "datapoints": 0,
                     *             "total": 0,
                     *             "daily": []
                     *           }
                     *         ]
                     *       },
                     *       "action": {
                     *         "kind": "destroy",
                     *         "summary": "destroy pr-a2c3822a15184fa2a578: its stack and everything in it, after an approver agrees"
                     *       },
                     *       "saving": {
                     *         "monthlyUsd": 1.2,
                     *         "estimateMonthlyUsd": 1.2,
                     *         "measuredMonthlyUsd": 0
                     *       },
                     *       "status": "DISMISSED",
                     *       "history": [
                     *         {
                     *           "at": "2026-12-23T22:34:47.815Z",
                     *           "actor": "plinth",
                     *           "action": "opened",
                     *           "message": "no messages sent or received for 14 days (2026-12-09 to 2026-12-22)"
                     *         },
                     *         {
                     *           "at": "2026-12-24T00:39:01.779Z",
                     *           "actor": "alice",
                     *           "action": "dismissed",
                     *           "message": "kept for the yearly audit replay"
                     *         }
                     *       ],
                     *       "openedAt": "2026-12-23T22:34:47.815Z",
                     *       "updatedAt": "2026-12-24T00:39:01.779Z",
                     *       "version": 2,
                     *       "dismissal": {
                     *         "by": "alice",
                     *         "at": "2026-12-24T00:39:01.779Z",
                     *         "reason": "kept for the yearly audit replay"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Recommendation"];
                };
            };
            /** @description invalid_parameter */
            400: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description forbidden */
            403: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflict */
            409: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description validation_failed */
            422: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    snoozeRecommendation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "until": "2026-12-31T00:54:17.837Z",
                 *       "reason": "the backfill runs next week"
                 *     }
                 */
                "application/json": {
                    /**
                     * Format: date-time
                     * @description when to look again (at most 180 days ahead)
                     */
                    until: string;
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description The recommendation, SNOOZED */
            200: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "rec-c8e5af3b11e6cfad502c",
                     *       "team": "payments",
                     *       "request": "pr-920603a747074862bc44",
                     *       "name": "backfill",
                     *       "template": "sqs-queue",
                     *       "environment": "staging",
                     *       "kind": "idle",
                     *       "title": "backfill (sqs-queue) is idle",
                     *       "reason": "no messages sent or received for 14 days (2026-12-09 to 2026-12-22)",
                     *       "evidence": {
                     *         "from": "2026-12-09T00:00:00.000Z",
                     *         "to": "2026-12-23T00:00:00.000Z",
                     *         "periodSeconds": 86400,
                     *         "metrics": [
                     *           {
                     *             "namespace": "AWS/SQS",
                     *             "name": "NumberOfMessagesSent",
                     *             "stat": "Sum",
                     *             "dimensions": {
                     *               "QueueName": "plinth-examples-recs-payments-staging-backfill"
                     *             },
                     *             "datapoints": 0,
                     *             "total": 0,
                     *             "daily": []
                     *           },
                     *           {
                     *             "namespace": "AWS/SQS",
                     *             "name": "NumberOfMessagesReceived",
                     *             "stat": "Sum",
                     *             "dimensions": {
                     *               "QueueName": "plinth-examples-recs-payments-staging-backfill"
                     *             },
                     *             "datapoints": 0,
                     *             "total": 0,
                     *             "daily": []
                     *           }
                     *         ]
                     *       },
                     *       "action": {
                     *         "kind": "destroy",
                     *         "summary": "destroy pr-920603a747074862bc44: its stack and everything in it, after an approver agrees"
                     *       },
                     *       "saving": {
                     *         "monthlyUsd": 1.2,
                     *         "estimateMonthlyUsd": 1.2,
                     *         "measuredMonthlyUsd": 0
                     *       },
                     *       "status": "SNOOZED",
                     *       "history": [
                     *         {
                     *           "at": "2026-12-23T22:10:07.578Z",
                     *           "actor": "plinth",
                     *           "action": "opened",
                     *           "message": "no messages sent or received for 14 days (2026-12-09 to 2026-12-22)"
                     *         },
                     *         {
                     *           "at": "2026-12-24T01:02:58.781Z",
                     *           "actor": "alice",
                     *           "action": "snoozed",
                     *           "message": "snoozed until 2026-12-31T00:54:17.837Z: the backfill runs next week"
                     *         }
                     *       ],
                     *       "openedAt": "2026-12-23T22:10:07.578Z",
                     *       "updatedAt": "2026-12-24T01:02:59.190Z",
                     *       "version": 2,
                     *       "snoozedUntil": "2026-12-31T00:54:17.837Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Recommendation"];
                };
            };
            /** @description invalid_parameter */
            400: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description forbidden */
            403: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflict */
            409: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description validation_failed */
            422: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listServices: {
        parameters: {
            query?: {
                /** @description Whose services; yours when you belong to one team */
                team?: string;
                /** @description Matches the start of the id or of the name (case-insensitive) */
                q?: string;
                lifecycle?: "experimental" | "production" | "deprecated";
                tier?: number;
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of services */
            200: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "checkout-api",
                     *           "team": "payments",
                     *           "name": "Checkout API",
                     *           "description": "Takes card payments for the web shop",
                     *           "type": "api",
                     *           "lifecycle": "production",
                     *           "tier": 1,
                     *           "repository": {
                     *             "provider": "github",
                     *             "owner": "acme",
                     *             "name": "checkout-api"
                     *           },
                     *           "system": "checkout",
                     *           "links": [
                     *             {
                     *               "title": "Runbook",
                     *               "url": "https://wiki.example.com/checkout/runbook"
                     *             }
                     *           ],
                     *           "tags": [
                     *             "typescript",
                     *             "payments"
                     *           ],
                     *           "version": 1,
                     *           "createdAt": "2026-12-06T16:40:06.648Z",
                     *           "updatedAt": "2026-12-06T16:40:06.648Z",
                     *           "createdBy": "alice",
                     *           "updatedBy": "alice"
                     *         }
                     *       ],
                     *       "reads": 2
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceList"];
                };
            };
            /** @description invalid_cursor */
            400: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    registerService: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "checkout-api",
                 *       "name": "Checkout API",
                 *       "description": "Takes card payments for the web shop",
                 *       "type": "api",
                 *       "lifecycle": "production",
                 *       "tier": 1,
                 *       "repository": {
                 *         "provider": "github",
                 *         "owner": "acme",
                 *         "name": "checkout-api"
                 *       },
                 *       "system": "checkout",
                 *       "links": [
                 *         {
                 *           "title": "Runbook",
                 *           "url": "https://wiki.example.com/checkout/runbook"
                 *         }
                 *       ],
                 *       "tags": [
                 *         "typescript",
                 *         "payments"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateService"];
            };
        };
        responses: {
            /** @description Registered */
            201: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    /** @description Where to follow what was created or started */
                    Location: string;
                    /** @description The resource's version: send it back as If-Match to change it safely */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "checkout-api",
                     *       "name": "Checkout API",
                     *       "description": "Takes card payments for the web shop",
                     *       "type": "api",
                     *       "lifecycle": "production",
                     *       "tier": 1,
                     *       "repository": {
                     *         "provider": "github",
                     *         "owner": "acme",
                     *         "name": "checkout-api"
                     *       },
                     *       "system": "checkout",
                     *       "links": [
                     *         {
                     *           "title": "Runbook",
                     *           "url": "https://wiki.example.com/checkout/runbook"
                     *         }
                     *       ],
                     *       "tags": [
                     *         "typescript",
                     *         "payments"
                     *       ],
                     *       "team": "payments",
                     *       "version": 1,
                     *       "createdAt": "2026-12-06T16:40:06.648Z",
                     *       "updatedAt": "2026-12-06T16:40:06.648Z",
                     *       "createdBy": "alice",
                     *       "updatedBy": "alice"
                     *     }
                     */
                    "application/json": components["schemas"]["Service"];
                };
            };
            /** @description malformed_json */
            400: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description forbidden */
            403: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflict */
            409: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unsupported_media_type */
            415: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description validation_failed */
            422: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listScorecards: {
        parameters: {
            query?: {
                /** @description Whose services; yours when you belong to one team */
                team?: string;
                /** @description Matches the start of the id or of the name (case-insensitive) */
                q?: string;
                lifecycle?: "experimental" | "production" | "deprecated";
                tier?: number;
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Scorecards */
            200: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "service": "checkout-api",
                     *           "level": "bronze",
                     *           "passed": 7,
                     *           "total": 9,
                     *           "rules": [
                     *             {
                     *               "rule": "has-repository",
                     *               "title": "Its code is in a known repository",
                     *               "level": "bronze",
                     *               "status": "pass",
                     *               "reason": "github.com/acme/checkout-api"
                     *             },
                     *             {
                     *               "rule": "no-failed-resources",
                     *               "title": "None of its resources stands failed",
                     *               "level": "bronze",
                     *               "status": "pass",
                     *               "reason": "1 request(s), none failed"
                     *             },
                     *             {
                     *               "rule": "no-long-open-incident",
                     *               "title": "No incident open longer than 7 days",
                     *               "level": "silver",
                     *               "status": "pass",
                     *               "reason": "0 open, none older than 7 days"
                     *             },
                     *             {
                     *               "rule": "no-resource-past-expiry",
                     *               "title": "No resource outlives its expiry",
                     *               "level": "silver",
                     *               "status": "pass",
                     *               "reason": "every live resource is within its time to live"
                     *             },
                     *             {
                     *               "rule": "datasets-have-fail-checks",
                     *               "title": "Its datasets stop bad data (a check of severity fail)",
                     *               "level": "silver",
                     *               "status": "not-applicable",
                     *               "reason": "it owns no dataset"
                     *             },
                     *             {
                     *               "rule": "has-pipeline",
                     *               "title": "It ships through a Plinth pipeline",
                     *               "level": "silver",
                     *               "status": "fail",
                     *               "reason": "no pipeline builds and deploys it",
                     *               "fix": "plinth pipeline create checkout-api --template <template>"
                     *             },
                     *             {
                     *               "rule": "production-gated",
                     *               "title": "Its production deploys go through Plinth's production gate",
                     *               "level": "gold",
                     *               "status": "not-applicable",
                     *               "reason": "no pipeline deploys it to production"
                     *             },
                     *             {
                     *               "rule": "tier1-alarms",
                     *               "title": "A tier-1 service has alarms on its resources",
                     *               "level": "gold",
                     *               "status": "fail",
                     *               "reason": "it has no live resource to watch",
                     *               "fix": "provision its resources through Plinth"
                     *             },
                     *             {
                     *               "rule": "production-tier-set",
                     *               "title": "A production service says how critical it is (tier 1 or 2)",
                     *               "level": "gold",
                     *               "status": "pass",
                     *               "reason": "tier 1"
                     *             }
                     *           ]
                     *         }
                     *       ],
                     *       "reads": 6
                     *     }
                     */
                    "application/json": components["schemas"]["ScorecardList"];
                };
            };
            /** @description invalid_cursor */
            400: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importServices: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "yaml": "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: checkout-api\n  title: Checkout API\n  description: Takes card and wallet payments for the web shop\n  annotations:\n    plinth.dev/tier: \"1\"\n    github.com/project-slug: acme/checkout-api\n  tags:\n    - typescript\n    - payments\n  links:\n    - url: https://wiki.example.com/checkout/runbook\n      title: Runbook\nspec:\n  type: api\n  lifecycle: production\n  owner: group:default/payments\n  system: checkout\n---\napiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: ledger-worker\n  description: Books settled payments\nspec:\n  type: worker\n  lifecycle: experimental\n  owner: payments\n",
                 *       "dryRun": true
                 *     }
                 */
                "application/json": {
                    yaml: string;
                    /** @default false */
                    dryRun?: boolean;
                };
            };
        };
        responses: {
            /** @description What was (or would be) done per document */
            200: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "applied": false,
                     *       "documents": [
                     *         {
                     *           "document": 1,
                     *           "kind": "Component",
                     *           "name": "checkout-api",
                     *           "problems": [],
                     *           "outcome": "unchanged"
                     *         },
                     *         {
                     *           "document": 2,
                     *           "kind": "Component",
                     *           "name": "ledger-worker",
                     *           "problems": [],
                     *           "outcome": "create"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceImportResult"];
                };
            };
            /** @description malformed_json */
            400: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description forbidden */
            403: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unsupported_media_type */
            415: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description validation_failed */
            422: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service */
            200: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    /** @description The resource's version: send it back as If-Match to change it safely */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "checkout-api",
                     *       "team": "payments",
                     *       "name": "Checkout API",
                     *       "description": "Takes card payments for the web shop",
                     *       "type": "api",
                     *       "lifecycle": "production",
                     *       "tier": 1,
                     *       "repository": {
                     *         "provider": "github",
                     *         "owner": "acme",
                     *         "name": "checkout-api"
                     *       },
                     *       "system": "checkout",
                     *       "links": [
                     *         {
                     *           "title": "Runbook",
                     *           "url": "https://wiki.example.com/checkout/runbook"
                     *         }
                     *       ],
                     *       "tags": [
                     *         "typescript",
                     *         "payments"
                     *       ],
                     *       "version": 1,
                     *       "createdAt": "2026-12-06T16:40:06.648Z",
                     *       "updatedAt": "2026-12-06T16:40:06.648Z",
                     *       "createdBy": "alice",
                     *       "updatedBy": "alice"
                     *     }
                     */
                    "application/json": components["schemas"]["Service"];
                };
            };
            /** @description invalid_parameter */
            400: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    retireService: {
        parameters: {
            query?: never;
            header?: {
                /** @description The version you read; required to change a service, optional to retire one */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Retired */
            204: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description invalid_parameter */
            400: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description forbidden */
            403: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflict */
            409: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description version_conflict */
            412: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changeService: {
        parameters: {
            query?: never;
            header?: {
                /** @description The version you read; required to change a service, optional to retire one */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "description": "Takes card and wallet payments for the web shop"
                 *     }
                 */
                "application/json": components["schemas"]["ServicePatch"];
            };
        };
        responses: {
            /** @description The changed service */
            200: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    /** @description The resource's version: send it back as If-Match to change it safely */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "checkout-api",
                     *       "team": "payments",
                     *       "name": "Checkout API",
                     *       "description": "Takes card and wallet payments for the web shop",
                     *       "type": "api",
                     *       "lifecycle": "production",
                     *       "tier": 1,
                     *       "repository": {
                     *         "provider": "github",
                     *         "owner": "acme",
                     *         "name": "checkout-api"
                     *       },
                     *       "system": "checkout",
                     *       "links": [
                     *         {
                     *           "title": "Runbook",
                     *           "url": "https://wiki.example.com/checkout/runbook"
                     *         }
                     *       ],
                     *       "tags": [
                     *         "typescript",
                     *         "payments"
                     *       ],
                     *       "version": 2,
                     *       "createdAt": "2026-12-06T16:40:06.648Z",
                     *       "updatedAt": "2026-12-06T18:23:20.651Z",
                     *       "createdBy": "alice",
                     *       "updatedBy": "alice"
                     *     }
                     */
                    "application/json": components["schemas"]["Service"];
                };
            };
            /** @description invalid_parameter */
            400: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description forbidden */
            403: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description version_conflict */
            412: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unsupported_media_type */
            415: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description validation_failed */
            422: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description precondition_required */
            428: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getServicePage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service's page */
            200: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "service": {
                     *         "id": "checkout-api",
                     *         "team": "payments",
                     *         "name": "Checkout API",
                     *         "description": "Takes card and wallet payments for the web shop",
                     *         "type": "api",
                     *         "lifecycle": "production",
                     *         "tier": 1,
                     *         "repository": {
                     *           "provider": "github",
                     *           "owner": "acme",
                     *           "name": "checkout-api"
                     *         },
                     *         "system": "checkout",
                     *         "links": [
                     *           {
                     *             "title": "Runbook",
                     *             "url": "https://wiki.example.com/checkout/runbook"
                     *           }
                     *         ],
                     *         "tags": [
                     *           "typescript",
                     *           "payments"
                     *         ],
                     *         "version": 2,
                     *         "createdAt": "2026-12-06T16:40:06.648Z",
                     *         "updatedAt": "2026-12-06T18:23:20.651Z",
                     *         "createdBy": "alice",
                     *         "updatedBy": "alice"
                     *       },
                     *       "resources": {
                     *         "items": [],
                     *         "monthlyUsd": 0
                     *       },
                     *       "datasets": {
                     *         "items": []
                     *       },
                     *       "incidents": {
                     *         "open": [],
                     *         "recent": []
                     *       },
                     *       "scorecard": {
                     *         "service": "checkout-api",
                     *         "level": "bronze",
                     *         "passed": 7,
                     *         "total": 9,
                     *         "rules": [
                     *           {
                     *             "rule": "has-repository",
                     *             "title": "Its code is in a known repository",
                     *             "level": "bronze",
                     *             "status": "pass",
                     *             "reason": "github.com/acme/checkout-api"
                     *           },
                     *           {
                     *             "rule": "no-failed-resources",
                     *             "title": "None of its resources stands failed",
                     *             "level": "bronze",
                     *             "status": "pass",
                     *             "reason": "1 request(s), none failed"
                     *           },
                     *           {
                     *             "rule": "no-long-open-incident",
                     *             "title": "No incident open longer than 7 days",
                     *             "level": "silver",
                     *             "status": "pass",
                     *             "reason": "0 open, none older than 7 days"
                     *           },
                     *           {
                     *             "rule": "no-resource-past-expiry",
                     *             "title": "No resource outlives its expiry",
                     *             "level": "silver",
                     *             "status": "pass",
                     *             "reason": "every live resource is within its time to live"
                     *           },
                     *           {
                     *             "rule": "datasets-have-fail-checks",
                     *             "title": "Its datasets stop bad data (a check of severity fail)",
                     *             "level": "silver",
                     *             "status": "not-applicable",
                     *             "reason": "it owns no dataset"
                     *           },
                     *           {
                     *             "rule": "has-pipeline",
                     *             "title": "It ships through a Plinth pipeline",
                     *             "level": "silver",
                     *             "status": "fail",
                     *             "reason": "no pipeline builds and deploys it",
                     *             "fix": "plinth pipeline create checkout-api --template <template>"
                     *           },
                     *           {
                     *             "rule": "production-gated",
                     *             "title": "Its production deploys go through Plinth's production gate",
                     *             "level": "gold",
                     *             "status": "not-applicable",
                     *             "reason": "no pipeline deploys it to production"
                     *           },
                     *           {
                     *             "rule": "tier1-alarms",
                     *             "title": "A tier-1 service has alarms on its resources",
                     *             "level": "gold",
                     *             "status": "fail",
                     *             "reason": "it has no live resource to watch",
                     *             "fix": "provision its resources through Plinth"
                     *           },
                     *           {
                     *             "rule": "production-tier-set",
                     *             "title": "A production service says how critical it is (tier 1 or 2)",
                     *             "level": "gold",
                     *             "status": "pass",
                     *             "reason": "tier 1"
                     *           }
                     *         ]
                     *       },
                     *       "reads": 6
                     *     }
                     */
                    "application/json": components["schemas"]["ServicePage"];
                };
            };
            /** @description invalid_parameter */
            400: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getServiceDocs: {
        parameters: {
            query?: {
                /** @description The page to read: README.md (default) or docs/<page>.md */
                path?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The page, with the list of pages there are */
            200: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "service": "shop-web",
                     *       "repository": {
                     *         "owner": "acme",
                     *         "name": "shop-web"
                     *       },
                     *       "branch": "main",
                     *       "sha": "d79126252693cea935380a14442426c0e0b1d23b",
                     *       "htmlUrl": "http://127.0.0.1:33373/acme/shop-web",
                     *       "path": "README.md",
                     *       "markdown": "# Shop web\n\nThe web shop's storefront. See [deploying](docs/deploying.md).\n",
                     *       "truncated": false,
                     *       "pages": [
                     *         "README.md",
                     *         "docs/deploying.md"
                     *       ],
                     *       "cached": false
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceDocs"];
                };
            };
            /** @description invalid_parameter */
            400: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflict, integration_required */
            409: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description upstream_failed */
            502: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The descriptor */
            200: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "fileName": "catalog-info.yaml",
                     *       "yaml": "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: checkout-api\n  title: Checkout API\n  description: Takes card and wallet payments for the web shop\n  annotations:\n    plinth.dev/tier: \"1\"\n    github.com/project-slug: acme/checkout-api\n  tags:\n    - typescript\n    - payments\n  links:\n    - url: https://wiki.example.com/checkout/runbook\n      title: Runbook\nspec:\n  type: api\n  lifecycle: production\n  owner: group:default/payments\n  system: checkout\n"
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceDescriptor"];
                };
            };
            /** @description invalid_parameter */
            400: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPipelines: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service's pipelines */
            200: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "pl-4a7e07c6792e492ebce6",
                     *           "serviceId": "shop-web",
                     *           "team": "payments",
                     *           "createdBy": "alice",
                     *           "repository": {
                     *             "owner": "acme",
                     *             "name": "shop-web",
                     *             "defaultBranch": "main",
                     *             "cloneUrl": "http://127.0.0.1:33373/acme/shop-web.git",
                     *             "htmlUrl": "http://127.0.0.1:33373/acme/shop-web"
                     *           },
                     *           "installationId": 10001,
                     *           "parameters": {
                     *             "nodeVersion": "22",
                     *             "environments": [
                     *               "dev"
                     *             ],
                     *             "region": "us-east-1",
                     *             "defaultBranch": "main",
                     *             "installCommand": "npm ci",
                     *             "testCommand": "npm test"
                     *           },
                     *           "tags": {
                     *             "owner": "alice@example.com",
                     *             "cost-center": "CC-1234"
                     *           },
                     *           "environments": [
                     *             "dev"
                     *           ],
                     *           "region": "us-east-1",
                     *           "workflowPath": ".github/workflows/plinth-shop-web.yml",
                     *           "status": "ACTIVE",
                     *           "change": {
                     *             "kind": "setup",
                     *             "template": {
                     *               "id": "node-lambda-sst",
                     *               "version": "1.0.0",
                     *               "contentHash": "197cdce590c694758f5002f5e7f26984fae690f4b57bca69a7e93e2e93c1b3c3"
                     *             },
                     *             "branch": "plinth/pipeline-node-lambda-sst-1.0.0",
                     *             "pullRequest": {
                     *               "number": 1,
                     *               "url": "http://127.0.0.1:33373/acme/shop-web/pull/1"
                     *             },
                     *             "commit": "ebdef170d7cbe9ef47d059f3f715ce0e613c40cd"
                     *           },
                     *           "live": {
                     *             "id": "node-lambda-sst",
                     *             "version": "1.0.0",
                     *             "contentHash": "197cdce590c694758f5002f5e7f26984fae690f4b57bca69a7e93e2e93c1b3c3",
                     *             "mergedAt": "2026-12-06T19:36:04.009Z",
                     *             "pullRequest": {
                     *               "number": 1,
                     *               "url": "http://127.0.0.1:33373/acme/shop-web/pull/1"
                     *             }
                     *           },
                     *           "roles": [
                     *             {
                     *               "environment": "dev",
                     *               "requestId": "pr-a9ab16c1e6f9944dcc28",
                     *               "status": "SUCCEEDED",
                     *               "roleArn": "arn:aws:iam::000000000000:role/plinth-examples-payments-dev-shop-web-deploy"
                     *             }
                     *           ],
                     *           "attempt": 1,
                     *           "execution": "arn:aws:states:us-east-1:000000000000:execution:plinth-examples-PipelineSetup:pl-4a7e07c6792e492ebce6-1",
                     *           "timeline": [
                     *             {
                     *               "at": "2026-12-06T18:49:16.657Z",
                     *               "step": "request",
                     *               "status": "SETTING_UP",
                     *               "message": "pipeline node-lambda-sst 1.0.0 requested",
                     *               "actor": "alice"
                     *             },
                     *             {
                     *               "at": "2026-12-06T18:50:52.903Z",
                     *               "step": "render",
                     *               "status": "SETTING_UP",
                     *               "message": "rendered node-lambda-sst 1.0.0; actionlint 1.7: no findings"
                     *             },
                     *             {
                     *               "at": "2026-12-06T18:51:49.874Z",
                     *               "step": "roles",
                     *               "status": "SETTING_UP",
                     *               "message": "deploy roles requested: dev pr-a9ab16c1e6f9944dcc28"
                     *             },
                     *             {
                     *               "at": "2026-12-06T18:53:00.069Z",
                     *               "step": "roles",
                     *               "status": "SETTING_UP",
                     *               "message": "every deploy role exists"
                     *             },
                     *             {
                     *               "at": "2026-12-06T18:53:26.979Z",
                     *               "step": "environments",
                     *               "status": "SETTING_UP",
                     *               "message": "GitHub environments dev set, each with its AWS_ROLE_ARN"
                     *             },
                     *             {
                     *               "at": "2026-12-06T19:20:40.167Z",
                     *               "step": "pull-request",
                     *               "status": "AWAITING_MERGE",
                     *               "message": "pull request #1 opened: http://127.0.0.1:33373/acme/shop-web/pull/1"
                     *             },
                     *             {
                     *               "at": "2026-12-06T19:36:04.037Z",
                     *               "step": "merged",
                     *               "status": "ACTIVE",
                     *               "message": "#1 merged: node-lambda-sst 1.0.0 is live on main"
                     *             }
                     *           ],
                     *           "version": 9,
                     *           "createdAt": "2026-12-06T18:49:16.657Z",
                     *           "updatedAt": "2026-12-06T19:36:04.037Z",
                     *           "upgradeAvailable": "1.1.0"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["PipelineList"];
                };
            };
            /** @description invalid_parameter */
            400: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createPipeline: {
        parameters: {
            query?: {
                /** @description true: answer the plan (the YAML, the roles, the pull request), write nothing */
                dryRun?: "true" | "false";
            };
            header?: {
                /** @description Retry safely: the same key and body return the first answer */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "template": "node-lambda-sst",
                 *       "templateVersion": "1.0.0",
                 *       "parameters": {
                 *         "environments": [
                 *           "dev"
                 *         ],
                 *         "nodeVersion": "22"
                 *       },
                 *       "tags": {
                 *         "owner": "alice@example.com",
                 *         "cost-center": "CC-1234"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreatePipeline"];
            };
        };
        responses: {
            /** @description The plan (dry run): nothing was written */
            200: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "serviceId": "shop-web",
                     *       "template": {
                     *         "id": "node-lambda-sst",
                     *         "version": "1.0.0",
                     *         "title": "Node.js on Lambda with SST",
                     *         "contentHash": "197cdce590c694758f5002f5e7f26984fae690f4b57bca69a7e93e2e93c1b3c3"
                     *       },
                     *       "repository": {
                     *         "owner": "acme",
                     *         "name": "shop-web",
                     *         "defaultBranch": "main"
                     *       },
                     *       "workflowPath": ".github/workflows/plinth-shop-web.yml",
                     *       "yaml": "# Generated by Plinth from the pipeline template node-lambda-sst 1.0.0 for the service shop-web.\n# Change the template's parameters in Plinth (plinth pipeline upgrade) rather than this file: an upgrade rewrites it.\nname: \"shop-web: build, test, deploy\"\non:\n  push:\n    branches:\n      - main\n  pull_request:\n    branches:\n      - main\n  workflow_dispatch: {}\npermissions: {}\njobs:\n  build:\n    name: Build and test\n    runs-on: ubuntu-24.04\n    permissions:\n      contents: read\n    timeout-minutes: 30\n    steps:\n      - name: Check out\n        uses: actions/checkout@v4.2.2\n        with:\n          persist-credentials: false\n      - name: Set up Node.js 22\n        uses: actions/setup-node@v4.4.0\n        with:\n          node-version: \"22\"\n          cache: npm\n      - name: Install\n        run: npm ci\n      - name: Test\n        run: npm test\n  deploy-dev:\n    name: Deploy to dev\n    runs-on: ubuntu-24.04\n    needs:\n      - build\n    if: github.event_name != 'pull_request'\n    environment:\n      name: dev\n    permissions:\n      contents: read\n      id-token: write\n    concurrency:\n      group: deploy-shop-web-dev\n      cancel-in-progress: false\n    timeout-minutes: 60\n    steps:\n      - name: AWS credentials (OIDC, no stored keys)\n        uses: aws-actions/configure-aws-credentials@v4.2.1\n        with:\n          role-to-assume: ${{ vars.AWS_ROLE_ARN }}\n          aws-region: us-east-1\n      - name: Check out\n        uses: actions/checkout@v4.2.2\n        with:\n          persist-credentials: false\n      - name: Set up Node.js 22\n        uses: actions/setup-node@v4.4.0\n        with:\n          node-version: \"22\"\n          cache: npm\n      - name: Install\n        run: npm ci\n      - name: sst deploy --stage dev\n        run: npx sst deploy --stage dev\n",
                     *       "lint": {
                     *         "tool": "actionlint 1.7",
                     *         "findings": []
                     *       },
                     *       "roles": [
                     *         {
                     *           "environment": "dev",
                     *           "template": "github-deploy-role",
                     *           "subject": "repo:acme/shop-web:environment:dev",
                     *           "approval": "not-required"
                     *         }
                     *       ],
                     *       "environments": [
                     *         {
                     *           "name": "dev",
                     *           "protectedBranchesOnly": false
                     *         }
                     *       ],
                     *       "pullRequest": {
                     *         "branch": "plinth/pipeline-node-lambda-sst-1.0.0",
                     *         "title": "Add the shop-web pipeline (node-lambda-sst 1.0.0)",
                     *         "body": "Plinth generated this GitHub Actions workflow for the service **shop-web** from the pipeline template **node-lambda-sst 1.0.0** (Node.js on Lambda with SST).\n\n- `.github/workflows/plinth-shop-web.yml`: build and test on every pull request; on `main`, deploy to **dev**, each after the one before.\n- AWS access through OpenID Connect, no stored keys: each environment's `AWS_ROLE_ARN` variable names a role Plinth provisioned that trusts only this repository in that environment.\n- GitHub environments dev exist; staging and production deploy only from protected branches.\n\nChecked with actionlint before it was proposed. Merge it to activate the pipeline; closing it cancels the setup (Plinth removes the roles and environments it made)."
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["PipelinePlan"];
                };
            };
            /** @description Accepted: the setup has started; follow Location */
            202: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    /** @description Where to follow what was created or started */
                    Location: string;
                    /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Pipeline"];
                };
            };
            /** @description invalid_parameter, malformed_json */
            400: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description forbidden */
            403: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflict, integration_required */
            409: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unsupported_media_type */
            415: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description validation_failed, policy_violation, idempotency_key_reused */
            422: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description upstream_failed */
            502: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPipeline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                pipelineId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The pipeline */
            200: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "pl-4a7e07c6792e492ebce6",
                     *       "serviceId": "shop-web",
                     *       "team": "payments",
                     *       "createdBy": "alice",
                     *       "repository": {
                     *         "owner": "acme",
                     *         "name": "shop-web",
                     *         "defaultBranch": "main",
                     *         "cloneUrl": "http://127.0.0.1:33373/acme/shop-web.git",
                     *         "htmlUrl": "http://127.0.0.1:33373/acme/shop-web"
                     *       },
                     *       "installationId": 10001,
                     *       "parameters": {
                     *         "nodeVersion": "22",
                     *         "environments": [
                     *           "dev"
                     *         ],
                     *         "region": "us-east-1",
                     *         "defaultBranch": "main",
                     *         "installCommand": "npm ci",
                     *         "testCommand": "npm test"
                     *       },
                     *       "tags": {
                     *         "owner": "alice@example.com",
                     *         "cost-center": "CC-1234"
                     *       },
                     *       "environments": [
                     *         "dev"
                     *       ],
                     *       "region": "us-east-1",
                     *       "workflowPath": ".github/workflows/plinth-shop-web.yml",
                     *       "status": "ACTIVE",
                     *       "change": {
                     *         "kind": "setup",
                     *         "template": {
                     *           "id": "node-lambda-sst",
                     *           "version": "1.0.0",
                     *           "contentHash": "197cdce590c694758f5002f5e7f26984fae690f4b57bca69a7e93e2e93c1b3c3"
                     *         },
                     *         "branch": "plinth/pipeline-node-lambda-sst-1.0.0",
                     *         "pullRequest": {
                     *           "number": 1,
                     *           "url": "http://127.0.0.1:33373/acme/shop-web/pull/1"
                     *         },
                     *         "commit": "ebdef170d7cbe9ef47d059f3f715ce0e613c40cd"
                     *       },
                     *       "live": {
                     *         "id": "node-lambda-sst",
                     *         "version": "1.0.0",
                     *         "contentHash": "197cdce590c694758f5002f5e7f26984fae690f4b57bca69a7e93e2e93c1b3c3",
                     *         "mergedAt": "2026-12-06T19:36:04.009Z",
                     *         "pullRequest": {
                     *           "number": 1,
                     *           "url": "http://127.0.0.1:33373/acme/shop-web/pull/1"
                     *         }
                     *       },
                     *       "roles": [
                     *         {
                     *           "environment": "dev",
                     *           "requestId": "pr-a9ab16c1e6f9944dcc28",
                     *           "status": "SUCCEEDED",
                     *           "roleArn": "arn:aws:iam::000000000000:role/plinth-examples-payments-dev-shop-web-deploy"
                     *         }
                     *       ],
                     *       "attempt": 1,
                     *       "execution": "arn:aws:states:us-east-1:000000000000:execution:plinth-examples-PipelineSetup:pl-4a7e07c6792e492ebce6-1",
                     *       "timeline": [
                     *         {
                     *           "at": "2026-12-06T18:49:16.657Z",
                     *           "step": "request",
                     *           "status": "SETTING_UP",
                     *           "message": "pipeline node-lambda-sst 1.0.0 requested",
                     *           "actor": "alice"
                     *         },
                     *         {
                     *           "at": "2026-12-06T18:50:52.903Z",
                     *           "step": "render",
                     *           "status": "SETTING_UP",
                     *           "message": "rendered node-lambda-sst 1.0.0; actionlint 1.7: no findings"
                     *         },
                     *         {
                     *           "at": "2026-12-06T18:51:49.874Z",
                     *           "step": "roles",
                     *           "status": "SETTING_UP",
                     *           "message": "deploy roles requested: dev pr-a9ab16c1e6f9944dcc28"
                     *         },
                     *         {
                     *           "at": "2026-12-06T18:53:00.069Z",
                     *           "step": "roles",
                     *           "status": "SETTING_UP",
                     *           "message": "every deploy role exists"
                     *         },
                     *         {
                     *           "at": "2026-12-06T18:53:26.979Z",
                     *           "step": "environments",
                     *           "status": "SETTING_UP",
                     *           "message": "GitHub environments dev set, each with its AWS_ROLE_ARN"
                     *         },
                     *         {
                     *           "at": "2026-12-06T19:20:40.167Z",
                     *           "step": "pull-request",
                     *           "status": "AWAITING_MERGE",
                     *           "message": "pull request #1 opened: http://127.0.0.1:33373/acme/shop-web/pull/1"
                     *         },
                     *         {
                     *           "at": "2026-12-06T19:36:04.037Z",
                     *           "step": "merged",
                     *           "status": "ACTIVE",
                     *           "message": "#1 merged: node-lambda-sst 1.0.0 is live on main"
                     *         }
                     *       ],
                     *       "version": 9,
                     *       "createdAt": "2026-12-06T18:49:16.657Z",
                     *       "updatedAt": "2026-12-06T19:36:04.037Z",
                     *       "upgradeAvailable": "1.1.0"
                     *     }
                     */
                    "application/json": components["schemas"]["Pipeline"];
                };
            };
            /** @description invalid_parameter */
            400: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    upgradePipeline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                pipelineId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted: the workflow has started; follow Location */
            202: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    /** @description Where to follow what was created or started */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "pl-4a7e07c6792e492ebce6",
                     *       "serviceId": "shop-web",
                     *       "team": "payments",
                     *       "createdBy": "alice",
                     *       "repository": {
                     *         "owner": "acme",
                     *         "name": "shop-web",
                     *         "defaultBranch": "main",
                     *         "cloneUrl": "http://127.0.0.1:33373/acme/shop-web.git",
                     *         "htmlUrl": "http://127.0.0.1:33373/acme/shop-web"
                     *       },
                     *       "installationId": 10001,
                     *       "parameters": {
                     *         "nodeVersion": "22",
                     *         "environments": [
                     *           "dev"
                     *         ],
                     *         "region": "us-east-1",
                     *         "defaultBranch": "main",
                     *         "installCommand": "npm ci",
                     *         "testCommand": "npm test"
                     *       },
                     *       "tags": {
                     *         "owner": "alice@example.com",
                     *         "cost-center": "CC-1234"
                     *       },
                     *       "environments": [
                     *         "dev"
                     *       ],
                     *       "region": "us-east-1",
                     *       "workflowPath": ".github/workflows/plinth-shop-web.yml",
                     *       "status": "UPGRADING",
                     *       "change": {
                     *         "kind": "upgrade",
                     *         "template": {
                     *           "id": "node-lambda-sst",
                     *           "version": "1.1.0",
                     *           "contentHash": "95062f6826bbb22d2de1433d58867d456caf8a3b37913cc73af57e732e31bc35"
                     *         },
                     *         "branch": "plinth/upgrade-node-lambda-sst-1.1.0"
                     *       },
                     *       "live": {
                     *         "id": "node-lambda-sst",
                     *         "version": "1.0.0",
                     *         "contentHash": "197cdce590c694758f5002f5e7f26984fae690f4b57bca69a7e93e2e93c1b3c3",
                     *         "mergedAt": "2026-12-06T19:36:04.009Z",
                     *         "pullRequest": {
                     *           "number": 1,
                     *           "url": "http://127.0.0.1:33373/acme/shop-web/pull/1"
                     *         }
                     *       },
                     *       "roles": [
                     *         {
                     *           "environment": "dev",
                     *           "requestId": "pr-a9ab16c1e6f9944dcc28",
                     *           "status": "SUCCEEDED",
                     *           "roleArn": "arn:aws:iam::000000000000:role/plinth-examples-payments-dev-shop-web-deploy"
                     *         }
                     *       ],
                     *       "attempt": 2,
                     *       "execution": "arn:aws:states:us-east-1:000000000000:execution:plinth-examples-PipelineSetup:pl-4a7e07c6792e492ebce6-2",
                     *       "timeline": [
                     *         {
                     *           "at": "2026-12-06T18:49:16.657Z",
                     *           "step": "request",
                     *           "status": "SETTING_UP",
                     *           "message": "pipeline node-lambda-sst 1.0.0 requested",
                     *           "actor": "alice"
                     *         },
                     *         {
                     *           "at": "2026-12-06T18:50:52.903Z",
                     *           "step": "render",
                     *           "status": "SETTING_UP",
                     *           "message": "rendered node-lambda-sst 1.0.0; actionlint 1.7: no findings"
                     *         },
                     *         {
                     *           "at": "2026-12-06T18:51:49.874Z",
                     *           "step": "roles",
                     *           "status": "SETTING_UP",
                     *           "message": "deploy roles requested: dev pr-a9ab16c1e6f9944dcc28"
                     *         },
                     *         {
                     *           "at": "2026-12-06T18:53:00.069Z",
                     *           "step": "roles",
                     *           "status": "SETTING_UP",
                     *           "message": "every deploy role exists"
                     *         },
                     *         {
                     *           "at": "2026-12-06T18:53:26.979Z",
                     *           "step": "environments",
                     *           "status": "SETTING_UP",
                     *           "message": "GitHub environments dev set, each with its AWS_ROLE_ARN"
                     *         },
                     *         {
                     *           "at": "2026-12-06T19:20:40.167Z",
                     *           "step": "pull-request",
                     *           "status": "AWAITING_MERGE",
                     *           "message": "pull request #1 opened: http://127.0.0.1:33373/acme/shop-web/pull/1"
                     *         },
                     *         {
                     *           "at": "2026-12-06T19:36:04.037Z",
                     *           "step": "merged",
                     *           "status": "ACTIVE",
                     *           "message": "#1 merged: node-lambda-sst 1.0.0 is live on main"
                     *         },
                     *         {
                     *           "at": "2026-12-06T19:42:50.621Z",
                     *           "step": "upgrade",
                     *           "status": "UPGRADING",
                     *           "message": "upgrade to node-lambda-sst 1.1.0 requested",
                     *           "actor": "alice"
                     *         }
                     *       ],
                     *       "version": 10,
                     *       "createdAt": "2026-12-06T18:49:16.657Z",
                     *       "updatedAt": "2026-12-06T19:42:50.621Z",
                     *       "upgradeAvailable": "1.1.0"
                     *     }
                     */
                    "application/json": components["schemas"]["Pipeline"];
                };
            };
            /** @description invalid_parameter */
            400: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description forbidden */
            403: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflict */
            409: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description version_conflict */
            412: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description validation_failed */
            422: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelPipeline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                pipelineId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted: the workflow has started; follow Location */
            202: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    /** @description Where to follow what was created or started */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "pl-4a7e07c6792e492ebce6",
                     *       "serviceId": "shop-web",
                     *       "team": "payments",
                     *       "createdBy": "alice",
                     *       "repository": {
                     *         "owner": "acme",
                     *         "name": "shop-web",
                     *         "defaultBranch": "main",
                     *         "cloneUrl": "http://127.0.0.1:33373/acme/shop-web.git",
                     *         "htmlUrl": "http://127.0.0.1:33373/acme/shop-web"
                     *       },
                     *       "installationId": 10001,
                     *       "parameters": {
                     *         "nodeVersion": "22",
                     *         "environments": [
                     *           "dev"
                     *         ],
                     *         "region": "us-east-1",
                     *         "defaultBranch": "main",
                     *         "installCommand": "npm ci",
                     *         "testCommand": "npm test"
                     *       },
                     *       "tags": {
                     *         "owner": "alice@example.com",
                     *         "cost-center": "CC-1234"
                     *       },
                     *       "environments": [
                     *         "dev"
                     *       ],
                     *       "region": "us-east-1",
                     *       "workflowPath": ".github/workflows/plinth-shop-web.yml",
                     *       "status": "CANCELLED",
                     *       "change": {
                     *         "kind": "upgrade",
                     *         "template": {
                     *           "id": "node-lambda-sst",
                     *           "version": "1.1.0",
                     *           "contentHash": "95062f6826bbb22d2de1433d58867d456caf8a3b37913cc73af57e732e31bc35"
                     *         },
                     *         "branch": "plinth/upgrade-node-lambda-sst-1.1.0"
                     *       },
                     *       "live": {
                     *         "id": "node-lambda-sst",
                     *         "version": "1.0.0",
                     *         "contentHash": "197cdce590c694758f5002f5e7f26984fae690f4b57bca69a7e93e2e93c1b3c3",
                     *         "mergedAt": "2026-12-06T19:36:04.009Z",
                     *         "pullRequest": {
                     *           "number": 1,
                     *           "url": "http://127.0.0.1:33373/acme/shop-web/pull/1"
                     *         }
                     *       },
                     *       "roles": [
                     *         {
                     *           "environment": "dev",
                     *           "requestId": "pr-a9ab16c1e6f9944dcc28",
                     *           "status": "SUCCEEDED",
                     *           "roleArn": "arn:aws:iam::000000000000:role/plinth-examples-payments-dev-shop-web-deploy"
                     *         }
                     *       ],
                     *       "attempt": 2,
                     *       "execution": "arn:aws:states:us-east-1:000000000000:execution:plinth-examples-PipelineSetup:pl-4a7e07c6792e492ebce6-cancel-12",
                     *       "timeline": [
                     *         {
                     *           "at": "2026-12-06T18:49:16.657Z",
                     *           "step": "request",
                     *           "status": "SETTING_UP",
                     *           "message": "pipeline node-lambda-sst 1.0.0 requested",
                     *           "actor": "alice"
                     *         },
                     *         {
                     *           "at": "2026-12-06T18:50:52.903Z",
                     *           "step": "render",
                     *           "status": "SETTING_UP",
                     *           "message": "rendered node-lambda-sst 1.0.0; actionlint 1.7: no findings"
                     *         },
                     *         {
                     *           "at": "2026-12-06T18:51:49.874Z",
                     *           "step": "roles",
                     *           "status": "SETTING_UP",
                     *           "message": "deploy roles requested: dev pr-a9ab16c1e6f9944dcc28"
                     *         },
                     *         {
                     *           "at": "2026-12-06T18:53:00.069Z",
                     *           "step": "roles",
                     *           "status": "SETTING_UP",
                     *           "message": "every deploy role exists"
                     *         },
                     *         {
                     *           "at": "2026-12-06T18:53:26.979Z",
                     *           "step": "environments",
                     *           "status": "SETTING_UP",
                     *           "message": "GitHub environments dev set, each with its AWS_ROLE_ARN"
                     *         },
                     *         {
                     *           "at": "2026-12-06T19:20:40.167Z",
                     *           "step": "pull-request",
                     *           "status": "AWAITING_MERGE",
                     *           "message": "pull request #1 opened: http://127.0.0.1:33373/acme/shop-web/pull/1"
                     *         },
                     *         {
                     *           "at": "2026-12-06T19:36:04.037Z",
                     *           "step": "merged",
                     *           "status": "ACTIVE",
                     *           "message": "#1 merged: node-lambda-sst 1.0.0 is live on main"
                     *         },
                     *         {
                     *           "at": "2026-12-06T19:42:50.621Z",
                     *           "step": "upgrade",
                     *           "status": "UPGRADING",
                     *           "message": "upgrade to node-lambda-sst 1.1.0 requested",
                     *           "actor": "alice"
                     *         },
                     *         {
                     *           "at": "2026-12-06T19:44:03.683Z",
                     *           "step": "render",
                     *           "status": "UPGRADING",
                     *           "message": "rendered node-lambda-sst 1.1.0; actionlint 1.7: no findings"
                     *         },
                     *         {
                     *           "at": "2026-12-06T19:44:40.855Z",
                     *           "step": "cancel",
                     *           "status": "CANCELLED",
                     *           "message": "cancelled; cleaning up what the setup made",
                     *           "actor": "alice"
                     *         }
                     *       ],
                     *       "version": 12,
                     *       "createdAt": "2026-12-06T18:49:16.657Z",
                     *       "updatedAt": "2026-12-06T19:44:40.855Z",
                     *       "upgradeAvailable": "1.1.0"
                     *     }
                     */
                    "application/json": components["schemas"]["Pipeline"];
                };
            };
            /** @description invalid_parameter */
            400: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description forbidden */
            403: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflict */
            409: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description version_conflict */
            412: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description validation_failed */
            422: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    retryPipeline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                pipelineId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted: the workflow has started; follow Location */
            202: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    /** @description Where to follow what was created or started */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "pl-7eafaa2b4fc545bebb41",
                     *       "serviceId": "ledger-web",
                     *       "team": "payments",
                     *       "createdBy": "alice",
                     *       "repository": {
                     *         "owner": "acme",
                     *         "name": "ledger-web",
                     *         "defaultBranch": "main",
                     *         "cloneUrl": "http://127.0.0.1:33373/acme/ledger-web.git",
                     *         "htmlUrl": "http://127.0.0.1:33373/acme/ledger-web"
                     *       },
                     *       "installationId": 10001,
                     *       "parameters": {
                     *         "nodeVersion": "24",
                     *         "environments": [
                     *           "dev"
                     *         ],
                     *         "region": "us-east-1",
                     *         "defaultBranch": "main",
                     *         "installCommand": "npm ci",
                     *         "testCommand": "npm test",
                     *         "buildCommand": "npm run build",
                     *         "outputDirectory": "dist"
                     *       },
                     *       "tags": {
                     *         "owner": "alice@example.com",
                     *         "cost-center": "CC-1234"
                     *       },
                     *       "environments": [
                     *         "dev"
                     *       ],
                     *       "region": "us-east-1",
                     *       "workflowPath": ".github/workflows/plinth-ledger-web.yml",
                     *       "status": "SETTING_UP",
                     *       "change": {
                     *         "kind": "setup",
                     *         "template": {
                     *           "id": "static-site",
                     *           "version": "1.0.0",
                     *           "contentHash": "db20819ba7fa67779972caddbb90cb7bc6ee2a10b5ac9089bd81e5480ba35d87"
                     *         },
                     *         "branch": "plinth/pipeline-static-site-1.0.0"
                     *       },
                     *       "roles": [
                     *         {
                     *           "environment": "dev",
                     *           "requestId": "pr-77003c647cf79e6246c9",
                     *           "status": "SUCCEEDED",
                     *           "roleArn": "arn:aws:iam::000000000000:role/plinth-examples-payments-dev-ledger-web-deploy"
                     *         }
                     *       ],
                     *       "attempt": 2,
                     *       "execution": "arn:aws:states:us-east-1:000000000000:execution:plinth-examples-PipelineSetup:pl-7eafaa2b4fc545bebb41-2",
                     *       "timeline": [
                     *         {
                     *           "at": "2026-12-06T20:14:27.364Z",
                     *           "step": "request",
                     *           "status": "SETTING_UP",
                     *           "message": "pipeline static-site 1.0.0 requested",
                     *           "actor": "alice"
                     *         },
                     *         {
                     *           "at": "2026-12-06T20:19:48.160Z",
                     *           "step": "render",
                     *           "status": "SETTING_UP",
                     *           "message": "rendered static-site 1.0.0; actionlint 1.7: no findings"
                     *         },
                     *         {
                     *           "at": "2026-12-06T20:26:10.214Z",
                     *           "step": "roles",
                     *           "status": "SETTING_UP",
                     *           "message": "deploy roles requested: dev pr-77003c647cf79e6246c9"
                     *         },
                     *         {
                     *           "at": "2026-12-06T20:31:18.406Z",
                     *           "step": "roles",
                     *           "status": "SETTING_UP",
                     *           "message": "waiting for dev (PLANNED)"
                     *         },
                     *         {
                     *           "at": "2026-12-06T20:33:46.694Z",
                     *           "step": "roles",
                     *           "status": "SETTING_UP",
                     *           "message": "waiting for dev (APPLYING)"
                     *         },
                     *         {
                     *           "at": "2026-12-06T20:36:41.013Z",
                     *           "step": "roles",
                     *           "status": "SETTING_UP",
                     *           "message": "every deploy role exists"
                     *         },
                     *         {
                     *           "at": "2026-12-06T20:39:21.016Z",
                     *           "step": "environments",
                     *           "status": "FAILED",
                     *           "message": "failed at environments: GitHub answered 422 to PUT /repos/acme/ledger-web/environments/dev: Validation Failed (kept for a retry: deploy role requests pr-77003c647cf79e6246c9; cancel removes them)"
                     *         },
                     *         {
                     *           "at": "2026-12-06T20:44:50.082Z",
                     *           "step": "retry",
                     *           "status": "SETTING_UP",
                     *           "message": "retry 2 after environments",
                     *           "actor": "alice"
                     *         }
                     *       ],
                     *       "version": 8,
                     *       "createdAt": "2026-12-06T20:14:27.364Z",
                     *       "updatedAt": "2026-12-06T20:44:50.082Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Pipeline"];
                };
            };
            /** @description invalid_parameter */
            400: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description forbidden */
            403: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflict */
            409: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description version_conflict */
            412: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description validation_failed */
            422: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPipelineTemplates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The templates */
            200: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "node-lambda-sst",
                     *           "version": "1.1.0",
                     *           "versions": [
                     *             "1.0.0",
                     *             "1.1.0"
                     *           ],
                     *           "title": "Node.js on Lambda with SST",
                     *           "description": "Builds and tests, then `sst deploy --stage <environment>` environment by environment.",
                     *           "parameters": {
                     *             "type": "object",
                     *             "properties": {
                     *               "nodeVersion": {
                     *                 "default": "24",
                     *                 "description": "Node.js major the build runs on",
                     *                 "type": "string",
                     *                 "enum": [
                     *                   "20",
                     *                   "22",
                     *                   "24"
                     *                 ]
                     *               },
                     *               "environments": {
                     *                 "default": [
                     *                   "dev",
                     *                   "production"
                     *                 ],
                     *                 "description": "Where it deploys, in order; each waits for the one before",
                     *                 "minItems": 1,
                     *                 "maxItems": 3,
                     *                 "type": "array",
                     *                 "items": {
                     *                   "type": "string",
                     *                   "enum": [
                     *                     "dev",
                     *                     "staging",
                     *                     "production"
                     *                   ]
                     *                 }
                     *               },
                     *               "region": {
                     *                 "default": "us-east-1",
                     *                 "type": "string",
                     *                 "pattern": "^[a-z]{2}(-gov)?-[a-z]+-\\d$"
                     *               },
                     *               "defaultBranch": {
                     *                 "default": "main",
                     *                 "type": "string",
                     *                 "pattern": "^[A-Za-z0-9._/-]{1,100}$"
                     *               },
                     *               "installCommand": {
                     *                 "default": "npm ci",
                     *                 "type": "string",
                     *                 "minLength": 1,
                     *                 "maxLength": 200,
                     *                 "pattern": "^[^\\n\\r]*$"
                     *               },
                     *               "testCommand": {
                     *                 "default": "npm test",
                     *                 "type": "string",
                     *                 "minLength": 1,
                     *                 "maxLength": 200,
                     *                 "pattern": "^[^\\n\\r]*$"
                     *               }
                     *             },
                     *             "additionalProperties": false
                     *           }
                     *         },
                     *         {
                     *           "id": "container-ecs",
                     *           "version": "1.0.0",
                     *           "versions": [
                     *             "1.0.0"
                     *           ],
                     *           "title": "Container on ECS",
                     *           "description": "Builds and tests, pushes one image to ECR (tagged with the commit), then rolls the ECS service to that image environment by environment.",
                     *           "parameters": {
                     *             "type": "object",
                     *             "properties": {
                     *               "nodeVersion": {
                     *                 "default": "24",
                     *                 "description": "Node.js major the build runs on",
                     *                 "type": "string",
                     *                 "enum": [
                     *                   "20",
                     *                   "22",
                     *                   "24"
                     *                 ]
                     *               },
                     *               "environments": {
                     *                 "default": [
                     *                   "dev",
                     *                   "production"
                     *                 ],
                     *                 "description": "Where it deploys, in order; each waits for the one before",
                     *                 "minItems": 1,
                     *                 "maxItems": 3,
                     *                 "type": "array",
                     *                 "items": {
                     *                   "type": "string",
                     *                   "enum": [
                     *                     "dev",
                     *                     "staging",
                     *                     "production"
                     *                   ]
                     *                 }
                     *               },
                     *               "region": {
                     *                 "default": "us-east-1",
                     *                 "type": "string",
                     *                 "pattern": "^[a-z]{2}(-gov)?-[a-z]+-\\d$"
                     *               },
                     *               "defaultBranch": {
                     *                 "default": "main",
                     *                 "type": "string",
                     *                 "pattern": "^[A-Za-z0-9._/-]{1,100}$"
                     *               },
                     *               "installCommand": {
                     *                 "default": "npm ci",
                     *                 "type": "string",
                     *                 "minLength": 1,
                     *                 "maxLength": 200,
                     *                 "pattern": "^[^\\n\\r]*$"
                     *               },
                     *               "testCommand": {
                     *                 "default": "npm test",
                     *                 "type": "string",
                     *                 "minLength": 1,
                     *                 "maxLength": 200,
                     *                 "pattern": "^[^\\n\\r]*$"
                     *               },
                     *               "ecrRepository": {
                     *                 "type": "string",
                     *                 "maxLength": 256,
                     *                 "pattern": "^[a-z0-9]+([._/-][a-z0-9]+)*$"
                     *               },
                     *               "cluster": {
                     *                 "type": "string",
                     *                 "pattern": "^[A-Za-z0-9_-]{1,255}$"
                     *               },
                     *               "ecsService": {
                     *                 "type": "string",
                     *                 "pattern": "^[A-Za-z0-9_-]{1,255}$"
                     *               },
                     *               "dockerfile": {
                     *                 "default": "Dockerfile",
                     *                 "type": "string",
                     *                 "pattern": "^[A-Za-z0-9._/-]{1,200}$"
                     *               }
                     *             },
                     *             "required": [
                     *               "ecrRepository",
                     *               "cluster",
                     *               "ecsService"
                     *             ],
                     *             "additionalProperties": false
                     *           }
                     *         },
                     *         {
                     *           "id": "static-site",
                     *           "version": "1.0.0",
                     *           "versions": [
                     *             "1.0.0"
                     *           ],
                     *           "title": "Static site on S3 and CloudFront",
                     *           "description": "Builds and tests, then syncs the build to the environment's bucket and invalidates its CloudFront distribution (the environment's SITE_BUCKET and DISTRIBUTION_ID variables).",
                     *           "parameters": {
                     *             "type": "object",
                     *             "properties": {
                     *               "nodeVersion": {
                     *                 "default": "24",
                     *                 "description": "Node.js major the build runs on",
                     *                 "type": "string",
                     *                 "enum": [
                     *                   "20",
                     *                   "22",
                     *                   "24"
                     *                 ]
                     *               },
                     *               "environments": {
                     *                 "default": [
                     *                   "dev",
                     *                   "production"
                     *                 ],
                     *                 "description": "Where it deploys, in order; each waits for the one before",
                     *                 "minItems": 1,
                     *                 "maxItems": 3,
                     *                 "type": "array",
                     *                 "items": {
                     *                   "type": "string",
                     *                   "enum": [
                     *                     "dev",
                     *                     "staging",
                     *                     "production"
                     *                   ]
                     *                 }
                     *               },
                     *               "region": {
                     *                 "default": "us-east-1",
                     *                 "type": "string",
                     *                 "pattern": "^[a-z]{2}(-gov)?-[a-z]+-\\d$"
                     *               },
                     *               "defaultBranch": {
                     *                 "default": "main",
                     *                 "type": "string",
                     *                 "pattern": "^[A-Za-z0-9._/-]{1,100}$"
                     *               },
                     *               "installCommand": {
                     *                 "default": "npm ci",
                     *                 "type": "string",
                     *                 "minLength": 1,
                     *                 "maxLength": 200,
                     *                 "pattern": "^[^\\n\\r]*$"
                     *               },
                     *               "testCommand": {
                     *                 "default": "npm test",
                     *                 "type": "string",
                     *                 "minLength": 1,
                     *                 "maxLength": 200,
                     *                 "pattern": "^[^\\n\\r]*$"
                     *               },
                     *               "buildCommand": {
                     *                 "default": "npm run build",
                     *                 "type": "string",
                     *                 "minLength": 1,
                     *                 "maxLength": 200,
                     *                 "pattern": "^[^\\n\\r]*$"
                     *               },
                     *               "outputDirectory": {
                     *                 "default": "dist",
                     *                 "type": "string",
                     *                 "pattern": "^[A-Za-z0-9._/-]{1,200}$"
                     *               }
                     *             },
                     *             "additionalProperties": false
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["PipelineTemplateList"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOutdatedPipelines: {
        parameters: {
            query?: {
                /** @description Only this template */
                template?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Pipelines with an upgrade available */
            200: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "pl-4a7e07c6792e492ebce6",
                     *           "serviceId": "shop-web",
                     *           "team": "payments",
                     *           "createdBy": "alice",
                     *           "repository": {
                     *             "owner": "acme",
                     *             "name": "shop-web",
                     *             "defaultBranch": "main",
                     *             "cloneUrl": "http://127.0.0.1:33373/acme/shop-web.git",
                     *             "htmlUrl": "http://127.0.0.1:33373/acme/shop-web"
                     *           },
                     *           "installationId": 10001,
                     *           "parameters": {
                     *             "nodeVersion": "22",
                     *             "environments": [
                     *               "dev"
                     *             ],
                     *             "region": "us-east-1",
                     *             "defaultBranch": "main",
                     *             "installCommand": "npm ci",
                     *             "testCommand": "npm test"
                     *           },
                     *           "tags": {
                     *             "owner": "alice@example.com",
                     *             "cost-center": "CC-1234"
                     *           },
                     *           "environments": [
                     *             "dev"
                     *           ],
                     *           "region": "us-east-1",
                     *           "workflowPath": ".github/workflows/plinth-shop-web.yml",
                     *           "status": "ACTIVE",
                     *           "change": {
                     *             "kind": "setup",
                     *             "template": {
                     *               "id": "node-lambda-sst",
                     *               "version": "1.0.0",
                     *               "contentHash": "197cdce590c694758f5002f5e7f26984fae690f4b57bca69a7e93e2e93c1b3c3"
                     *             },
                     *             "branch": "plinth/pipeline-node-lambda-sst-1.0.0",
                     *             "pullRequest": {
                     *               "number": 1,
                     *               "url": "http://127.0.0.1:33373/acme/shop-web/pull/1"
                     *             },
                     *             "commit": "ebdef170d7cbe9ef47d059f3f715ce0e613c40cd"
                     *           },
                     *           "live": {
                     *             "id": "node-lambda-sst",
                     *             "version": "1.0.0",
                     *             "contentHash": "197cdce590c694758f5002f5e7f26984fae690f4b57bca69a7e93e2e93c1b3c3",
                     *             "mergedAt": "2026-12-06T19:36:04.009Z",
                     *             "pullRequest": {
                     *               "number": 1,
                     *               "url": "http://127.0.0.1:33373/acme/shop-web/pull/1"
                     *             }
                     *           },
                     *           "roles": [
                     *             {
                     *               "environment": "dev",
                     *               "requestId": "pr-a9ab16c1e6f9944dcc28",
                     *               "status": "SUCCEEDED",
                     *               "roleArn": "arn:aws:iam::000000000000:role/plinth-examples-payments-dev-shop-web-deploy"
                     *             }
                     *           ],
                     *           "attempt": 1,
                     *           "execution": "arn:aws:states:us-east-1:000000000000:execution:plinth-examples-PipelineSetup:pl-4a7e07c6792e492ebce6-1",
                     *           "timeline": [
                     *             {
                     *               "at": "2026-12-06T18:49:16.657Z",
                     *               "step": "request",
                     *               "status": "SETTING_UP",
                     *               "message": "pipeline node-lambda-sst 1.0.0 requested",
                     *               "actor": "alice"
                     *             },
                     *             {
                     *               "at": "2026-12-06T18:50:52.903Z",
                     *               "step": "render",
                     *               "status": "SETTING_UP",
                     *               "message": "rendered node-lambda-sst 1.0.0; actionlint 1.7: no findings"
                     *             },
                     *             {
                     *               "at": "2026-12-06T18:51:49.874Z",
                     *               "step": "roles",
                     *               "status": "SETTING_UP",
                     *               "message": "deploy roles requested: dev pr-a9ab16c1e6f9944dcc28"
                     *             },
                     *             {
                     *               "at": "2026-12-06T18:53:00.069Z",
                     *               "step": "roles",
                     *               "status": "SETTING_UP",
                     *               "message": "every deploy role exists"
                     *             },
                     *             {
                     *               "at": "2026-12-06T18:53:26.979Z",
                     *               "step": "environments",
                     *               "status": "SETTING_UP",
                     *               "message": "GitHub environments dev set, each with its AWS_ROLE_ARN"
                     *             },
                     *             {
                     *               "at": "2026-12-06T19:20:40.167Z",
                     *               "step": "pull-request",
                     *               "status": "AWAITING_MERGE",
                     *               "message": "pull request #1 opened: http://127.0.0.1:33373/acme/shop-web/pull/1"
                     *             },
                     *             {
                     *               "at": "2026-12-06T19:36:04.037Z",
                     *               "step": "merged",
                     *               "status": "ACTIVE",
                     *               "message": "#1 merged: node-lambda-sst 1.0.0 is live on main"
                     *             }
                     *           ],
                     *           "version": 9,
                     *           "createdAt": "2026-12-06T18:49:16.657Z",
                     *           "updatedAt": "2026-12-06T19:36:04.037Z",
                     *           "upgradeAvailable": "1.1.0"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["PipelineList"];
                };
            };
            /** @description invalid_parameter */
            400: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description forbidden */
            403: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    connectGitHubOrganisation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                team: string;
                owner: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Connected */
            200: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "team": "payments",
                     *       "owner": "acme",
                     *       "installation": 10001
                     *     }
                     */
                    "application/json": components["schemas"]["GitHubConnection"];
                };
            };
            /** @description invalid_parameter */
            400: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description forbidden */
            403: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description integration_required */
            409: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description upstream_failed */
            502: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listGitHubConnections: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                team: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The team's connections */
            200: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "owner": "acme",
                     *           "installation": 10001,
                     *           "by": "bob",
                     *           "at": "2026-12-06T18:34:14.835Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["GitHubConnectionList"];
                };
            };
            /** @description invalid_parameter */
            400: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPipelineRuns: {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
                pipelineId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The runs */
            200: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "pipelineId": "pl-ae51fb58250a47e39ce0",
                     *           "serviceId": "orders-api",
                     *           "team": "payments",
                     *           "repository": {
                     *             "owner": "acme",
                     *             "name": "orders-api"
                     *           },
                     *           "runId": 10035,
                     *           "attempt": 1,
                     *           "runNumber": 1,
                     *           "workflowPath": ".github/workflows/plinth-orders-api.yml",
                     *           "name": "orders-api: build, test, deploy",
                     *           "headSha": "00d2a83709e8ba3b56ecc47fafea7aa20bdfeb52",
                     *           "headBranch": "main",
                     *           "event": "push",
                     *           "status": "completed",
                     *           "conclusion": "success",
                     *           "url": "http://127.0.0.1:33373/acme/orders-api/actions/runs/10035",
                     *           "createdAt": "2026-12-06T21:54:22Z",
                     *           "startedAt": "2026-12-06T21:54:22Z",
                     *           "updatedAt": "2026-12-06T22:15:53Z",
                     *           "completedAt": "2026-12-06T22:15:53Z",
                     *           "actor": "reviewer",
                     *           "commitAt": "2026-12-06T21:48:28Z",
                     *           "title": "Merge pull request #1 from acme/plinth/pipeline-node-lambda-sst-1.1.0",
                     *           "jobs": []
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["PipelineRunList"];
                };
            };
            /** @description invalid_parameter */
            400: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    dispatchPipelineRun: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry safely: the same key and body return the first answer */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
                pipelineId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "ref": "main"
                 *     }
                 */
                "application/json": components["schemas"]["DispatchRun"];
            };
        };
        responses: {
            /** @description Dispatched: the run as GitHub reports it; follow Location */
            202: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    /** @description Where to follow what was created or started */
                    Location: string;
                    /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "pipelineId": "pl-ae51fb58250a47e39ce0",
                     *       "serviceId": "orders-api",
                     *       "team": "payments",
                     *       "repository": {
                     *         "owner": "acme",
                     *         "name": "orders-api"
                     *       },
                     *       "runId": 10067,
                     *       "attempt": 1,
                     *       "runNumber": 2,
                     *       "workflowPath": ".github/workflows/plinth-orders-api.yml",
                     *       "name": "orders-api: build, test, deploy",
                     *       "headSha": "00d2a83709e8ba3b56ecc47fafea7aa20bdfeb52",
                     *       "headBranch": "main",
                     *       "event": "workflow_dispatch",
                     *       "status": "queued",
                     *       "conclusion": null,
                     *       "url": "http://127.0.0.1:33373/acme/orders-api/actions/runs/10067",
                     *       "createdAt": "2026-12-06T22:21:55Z",
                     *       "updatedAt": "2026-12-06T22:21:55Z",
                     *       "startedAt": "2026-12-06T22:21:55Z",
                     *       "actor": "plinth[bot]",
                     *       "commitAt": "2026-12-06T21:48:28Z",
                     *       "title": "Merge pull request #1 from acme/plinth/pipeline-node-lambda-sst-1.1.0",
                     *       "dispatchedBy": "alice",
                     *       "jobs": []
                     *     }
                     */
                    "application/json": components["schemas"]["PipelineRun"];
                };
            };
            /** @description malformed_json */
            400: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description forbidden */
            403: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description integration_required */
            409: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unsupported_media_type */
            415: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description validation_failed */
            422: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description upstream_failed */
            502: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPipelineRun: {
        parameters: {
            query?: {
                /** @description One attempt of the run (the latest when absent) */
                attempt?: number;
            };
            header?: never;
            path: {
                id: string;
                pipelineId: string;
                /** @description GitHub's run id */
                runId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The run */
            200: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "pipelineId": "pl-ae51fb58250a47e39ce0",
                     *       "serviceId": "orders-api",
                     *       "team": "payments",
                     *       "repository": {
                     *         "owner": "acme",
                     *         "name": "orders-api"
                     *       },
                     *       "runId": 10035,
                     *       "attempt": 1,
                     *       "runNumber": 1,
                     *       "workflowPath": ".github/workflows/plinth-orders-api.yml",
                     *       "name": "orders-api: build, test, deploy",
                     *       "headSha": "00d2a83709e8ba3b56ecc47fafea7aa20bdfeb52",
                     *       "headBranch": "main",
                     *       "event": "push",
                     *       "status": "completed",
                     *       "conclusion": "success",
                     *       "url": "http://127.0.0.1:33373/acme/orders-api/actions/runs/10035",
                     *       "createdAt": "2026-12-06T21:54:22Z",
                     *       "startedAt": "2026-12-06T21:54:22Z",
                     *       "updatedAt": "2026-12-06T22:15:53Z",
                     *       "completedAt": "2026-12-06T22:15:53Z",
                     *       "actor": "reviewer",
                     *       "commitAt": "2026-12-06T21:48:28Z",
                     *       "title": "Merge pull request #1 from acme/plinth/pipeline-node-lambda-sst-1.1.0",
                     *       "jobs": [
                     *         {
                     *           "id": 10036,
                     *           "name": "Build and test",
                     *           "status": "completed",
                     *           "conclusion": "success",
                     *           "startedAt": "2026-12-06T21:58:38Z",
                     *           "completedAt": "2026-12-06T22:02:15Z",
                     *           "url": "http://127.0.0.1:33373/acme/orders-api/actions/runs/10035/job/10036",
                     *           "steps": [
                     *             {
                     *               "number": 1,
                     *               "name": "Set up job",
                     *               "status": "completed",
                     *               "conclusion": "success"
                     *             },
                     *             {
                     *               "number": 2,
                     *               "name": "Check out",
                     *               "status": "completed",
                     *               "conclusion": "success"
                     *             },
                     *             {
                     *               "number": 3,
                     *               "name": "Set up Node.js 24",
                     *               "status": "completed",
                     *               "conclusion": "success"
                     *             },
                     *             {
                     *               "number": 4,
                     *               "name": "Install",
                     *               "status": "completed",
                     *               "conclusion": "success"
                     *             },
                     *             {
                     *               "number": 5,
                     *               "name": "Test",
                     *               "status": "completed",
                     *               "conclusion": "success"
                     *             },
                     *             {
                     *               "number": 6,
                     *               "name": "Complete job",
                     *               "status": "completed",
                     *               "conclusion": "success"
                     *             }
                     *           ]
                     *         },
                     *         {
                     *           "id": 10037,
                     *           "name": "Deploy to dev",
                     *           "status": "completed",
                     *           "conclusion": "success",
                     *           "startedAt": "2026-12-06T22:04:53Z",
                     *           "completedAt": "2026-12-06T22:07:59Z",
                     *           "url": "http://127.0.0.1:33373/acme/orders-api/actions/runs/10035/job/10037",
                     *           "steps": [
                     *             {
                     *               "number": 1,
                     *               "name": "Set up job",
                     *               "status": "completed",
                     *               "conclusion": "success"
                     *             },
                     *             {
                     *               "number": 2,
                     *               "name": "AWS credentials (OIDC, no stored keys)",
                     *               "status": "completed",
                     *               "conclusion": "success"
                     *             },
                     *             {
                     *               "number": 3,
                     *               "name": "Check out",
                     *               "status": "completed",
                     *               "conclusion": "success"
                     *             },
                     *             {
                     *               "number": 4,
                     *               "name": "Set up Node.js 24",
                     *               "status": "completed",
                     *               "conclusion": "success"
                     *             },
                     *             {
                     *               "number": 5,
                     *               "name": "Install",
                     *               "status": "completed",
                     *               "conclusion": "success"
                     *             },
                     *             {
                     *               "number": 6,
                     *               "name": "sst deploy --stage dev",
                     *               "status": "completed",
                     *               "conclusion": "success"
                     *             },
                     *             {
                     *               "number": 7,
                     *               "name": "Complete job",
                     *               "status": "completed",
                     *               "conclusion": "success"
                     *             }
                     *           ]
                     *         },
                     *         {
                     *           "id": 10038,
                     *           "name": "Deploy to production",
                     *           "status": "completed",
                     *           "conclusion": "success",
                     *           "startedAt": "2026-12-06T22:12:41Z",
                     *           "completedAt": "2026-12-06T22:15:28Z",
                     *           "url": "http://127.0.0.1:33373/acme/orders-api/actions/runs/10035/job/10038",
                     *           "steps": [
                     *             {
                     *               "number": 1,
                     *               "name": "Set up job",
                     *               "status": "completed",
                     *               "conclusion": "success"
                     *             },
                     *             {
                     *               "number": 2,
                     *               "name": "AWS credentials (OIDC, no stored keys)",
                     *               "status": "completed",
                     *               "conclusion": "success"
                     *             },
                     *             {
                     *               "number": 3,
                     *               "name": "Check out",
                     *               "status": "completed",
                     *               "conclusion": "success"
                     *             },
                     *             {
                     *               "number": 4,
                     *               "name": "Set up Node.js 24",
                     *               "status": "completed",
                     *               "conclusion": "success"
                     *             },
                     *             {
                     *               "number": 5,
                     *               "name": "Install",
                     *               "status": "completed",
                     *               "conclusion": "success"
                     *             },
                     *             {
                     *               "number": 6,
                     *               "name": "sst deploy --stage production",
                     *               "status": "completed",
                     *               "conclusion": "success"
                     *             },
                     *             {
                     *               "number": 7,
                     *               "name": "Complete job",
                     *               "status": "completed",
                     *               "conclusion": "success"
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["PipelineRun"];
                };
            };
            /** @description invalid_parameter */
            400: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rerunPipelineRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                pipelineId: string;
                /** @description GitHub's run id */
                runId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Rerun: the new attempt; follow Location */
            202: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    /** @description Where to follow what was created or started */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "pipelineId": "pl-ae51fb58250a47e39ce0",
                     *       "serviceId": "orders-api",
                     *       "team": "payments",
                     *       "repository": {
                     *         "owner": "acme",
                     *         "name": "orders-api"
                     *       },
                     *       "runId": 10067,
                     *       "attempt": 2,
                     *       "runNumber": 2,
                     *       "workflowPath": ".github/workflows/plinth-orders-api.yml",
                     *       "name": "orders-api: build, test, deploy",
                     *       "headSha": "00d2a83709e8ba3b56ecc47fafea7aa20bdfeb52",
                     *       "headBranch": "main",
                     *       "event": "workflow_dispatch",
                     *       "status": "queued",
                     *       "conclusion": null,
                     *       "url": "http://127.0.0.1:33373/acme/orders-api/actions/runs/10067",
                     *       "createdAt": "2026-12-06T22:21:55Z",
                     *       "updatedAt": "2026-12-06T22:40:11Z",
                     *       "startedAt": "2026-12-06T22:40:11Z",
                     *       "actor": "plinth[bot]",
                     *       "commitAt": "2026-12-06T21:48:28Z",
                     *       "title": "Merge pull request #1 from acme/plinth/pipeline-node-lambda-sst-1.1.0",
                     *       "dispatchedBy": "alice",
                     *       "jobs": []
                     *     }
                     */
                    "application/json": components["schemas"]["PipelineRun"];
                };
            };
            /** @description invalid_parameter */
            400: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description forbidden */
            403: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflict */
            409: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description upstream_failed */
            502: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelPipelineRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                pipelineId: string;
                /** @description GitHub's run id */
                runId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cancelling: follow Location */
            202: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    /** @description Where to follow what was created or started */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "pipelineId": "pl-ae51fb58250a47e39ce0",
                     *       "serviceId": "orders-api",
                     *       "team": "payments",
                     *       "repository": {
                     *         "owner": "acme",
                     *         "name": "orders-api"
                     *       },
                     *       "runId": 10104,
                     *       "attempt": 1,
                     *       "runNumber": 3,
                     *       "workflowPath": ".github/workflows/plinth-orders-api.yml",
                     *       "name": "orders-api: build, test, deploy",
                     *       "headSha": "00d2a83709e8ba3b56ecc47fafea7aa20bdfeb52",
                     *       "headBranch": "main",
                     *       "event": "workflow_dispatch",
                     *       "status": "queued",
                     *       "conclusion": null,
                     *       "url": "http://127.0.0.1:33373/acme/orders-api/actions/runs/10104",
                     *       "createdAt": "2026-12-06T22:44:08Z",
                     *       "startedAt": "2026-12-06T22:44:08Z",
                     *       "updatedAt": "2026-12-06T22:44:08Z",
                     *       "actor": "plinth[bot]",
                     *       "commitAt": "2026-12-06T21:48:28Z",
                     *       "title": "Merge pull request #1 from acme/plinth/pipeline-node-lambda-sst-1.1.0",
                     *       "dispatchedBy": "alice",
                     *       "jobs": [
                     *         {
                     *           "id": 10105,
                     *           "name": "Build and test",
                     *           "status": "queued",
                     *           "conclusion": null,
                     *           "startedAt": "2026-12-06T22:44:08Z",
                     *           "url": "http://127.0.0.1:33373/acme/orders-api/actions/runs/10104/job/10105",
                     *           "steps": [
                     *             {
                     *               "number": 1,
                     *               "name": "Set up job",
                     *               "status": "queued",
                     *               "conclusion": null
                     *             },
                     *             {
                     *               "number": 2,
                     *               "name": "Check out",
                     *               "status": "queued",
                     *               "conclusion": null
                     *             },
                     *             {
                     *               "number": 3,
                     *               "name": "Set up Node.js 24",
                     *               "status": "queued",
                     *               "conclusion": null
                     *             },
                     *             {
                     *               "number": 4,
                     *               "name": "Install",
                     *               "status": "queued",
                     *               "conclusion": null
                     *             },
                     *             {
                     *               "number": 5,
                     *               "name": "Test",
                     *               "status": "queued",
                     *               "conclusion": null
                     *             },
                     *             {
                     *               "number": 6,
                     *               "name": "Complete job",
                     *               "status": "queued",
                     *               "conclusion": null
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["PipelineRun"];
                };
            };
            /** @description invalid_parameter */
            400: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description forbidden */
            403: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflict */
            409: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description upstream_failed */
            502: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getServiceDora: {
        parameters: {
            query?: {
                /** @description Start of the window (`days` before `to` when absent) */
                from?: string;
                /** @description End of the window (now when absent) */
                to?: string;
                /** @description The window's length when `from` is absent */
                days?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The metrics */
            200: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "scope": {
                     *         "service": "orders-api"
                     *       },
                     *       "from": "2026-11-06T22:18:53.228Z",
                     *       "to": "2026-12-06T22:18:53.228Z",
                     *       "environment": "production",
                     *       "deploymentFrequency": {
                     *         "deployments": 1,
                     *         "perWeek": 0.23,
                     *         "ids": [
                     *           10053
                     *         ]
                     *       },
                     *       "changeLeadTime": {
                     *         "medianHours": 0.45,
                     *         "p90Hours": 0.45,
                     *         "samples": 1,
                     *         "ids": [
                     *           10053
                     *         ]
                     *       },
                     *       "changeFailRate": {
                     *         "failed": 0,
                     *         "total": 1,
                     *         "rate": 0,
                     *         "ids": []
                     *       },
                     *       "recoveryTime": {
                     *         "medianHours": null,
                     *         "samples": 0,
                     *         "ids": []
                     *       },
                     *       "reworkRate": {
                     *         "rework": 0,
                     *         "total": 1,
                     *         "rate": 0,
                     *         "ids": []
                     *       },
                     *       "weeks": [
                     *         {
                     *           "start": "2026-11-06T22:18:53.228Z",
                     *           "deployments": 0,
                     *           "failed": 0,
                     *           "medianLeadHours": null
                     *         },
                     *         {
                     *           "start": "2026-11-13T22:18:53.228Z",
                     *           "deployments": 0,
                     *           "failed": 0,
                     *           "medianLeadHours": null
                     *         },
                     *         {
                     *           "start": "2026-11-20T22:18:53.228Z",
                     *           "deployments": 0,
                     *           "failed": 0,
                     *           "medianLeadHours": null
                     *         },
                     *         {
                     *           "start": "2026-11-27T22:18:53.228Z",
                     *           "deployments": 0,
                     *           "failed": 0,
                     *           "medianLeadHours": null
                     *         },
                     *         {
                     *           "start": "2026-12-04T22:18:53.228Z",
                     *           "deployments": 1,
                     *           "failed": 0,
                     *           "medianLeadHours": 0.45
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Dora"];
                };
            };
            /** @description invalid_parameter */
            400: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDeployments: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Only this environment */
                environment?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deployments */
            200: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": 10053,
                     *           "pipelineId": "pl-ae51fb58250a47e39ce0",
                     *           "serviceId": "orders-api",
                     *           "team": "payments",
                     *           "repository": {
                     *             "owner": "acme",
                     *             "name": "orders-api"
                     *           },
                     *           "environment": "production",
                     *           "sha": "00d2a83709e8ba3b56ecc47fafea7aa20bdfeb52",
                     *           "ref": "main",
                     *           "runId": 10035,
                     *           "runAttempt": 1,
                     *           "commitAt": "2026-12-06T21:48:28Z",
                     *           "creator": "reviewer",
                     *           "state": "success",
                     *           "outcome": "success",
                     *           "logUrl": "http://127.0.0.1:33373/acme/orders-api/actions/runs/10035/job/10038",
                     *           "description": "Deployed",
                     *           "createdAt": "2026-12-06T22:08:19Z",
                     *           "startedAt": "2026-12-06T22:13:06Z",
                     *           "finishedAt": "2026-12-06T22:15:12Z"
                     *         },
                     *         {
                     *           "id": 10044,
                     *           "pipelineId": "pl-ae51fb58250a47e39ce0",
                     *           "serviceId": "orders-api",
                     *           "team": "payments",
                     *           "repository": {
                     *             "owner": "acme",
                     *             "name": "orders-api"
                     *           },
                     *           "environment": "dev",
                     *           "sha": "00d2a83709e8ba3b56ecc47fafea7aa20bdfeb52",
                     *           "ref": "main",
                     *           "runId": 10035,
                     *           "runAttempt": 1,
                     *           "commitAt": "2026-12-06T21:48:28Z",
                     *           "creator": "reviewer",
                     *           "state": "success",
                     *           "outcome": "success",
                     *           "logUrl": "http://127.0.0.1:33373/acme/orders-api/actions/runs/10035/job/10037",
                     *           "description": "Deployed",
                     *           "createdAt": "2026-12-06T22:02:32Z",
                     *           "startedAt": "2026-12-06T22:05:27Z",
                     *           "finishedAt": "2026-12-06T22:07:43Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["DeploymentList"];
                };
            };
            /** @description invalid_parameter */
            400: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDeploymentApprovals: {
        parameters: {
            query?: {
                team?: string;
                status?: "WAITING" | "APPROVED" | "REJECTED" | "EXPIRED" | "REFUSED";
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The approvals */
            200: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "gt-10053",
                     *           "deploymentId": 10053,
                     *           "pipelineId": "pl-ae51fb58250a47e39ce0",
                     *           "serviceId": "orders-api",
                     *           "team": "payments",
                     *           "repository": {
                     *             "owner": "acme",
                     *             "name": "orders-api"
                     *           },
                     *           "environment": "production",
                     *           "sha": "00d2a83709e8ba3b56ecc47fafea7aa20bdfeb52",
                     *           "ref": "main",
                     *           "runId": 10035,
                     *           "event": "push",
                     *           "requestedBy": "reviewer",
                     *           "previous": {
                     *             "environment": "dev",
                     *             "deploymentId": 10044,
                     *             "succeeded": true
                     *           },
                     *           "status": "WAITING",
                     *           "reason": "00d2a83 passed dev; waiting for an approver of payments",
                     *           "expiresAt": "2026-12-07T22:10:57.199Z",
                     *           "timeline": [
                     *             {
                     *               "at": "2026-12-06T22:10:57.199Z",
                     *               "message": "asked to deploy 00d2a83 to production"
                     *             }
                     *           ],
                     *           "version": 2,
                     *           "createdAt": "2026-12-06T22:10:57.199Z",
                     *           "updatedAt": "2026-12-06T22:11:38.338Z",
                     *           "decidable": true
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["DeploymentApprovalList"];
                };
            };
            /** @description invalid_parameter */
            400: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDeploymentApproval: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The approval */
            200: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "gt-10053",
                     *       "deploymentId": 10053,
                     *       "pipelineId": "pl-ae51fb58250a47e39ce0",
                     *       "serviceId": "orders-api",
                     *       "team": "payments",
                     *       "repository": {
                     *         "owner": "acme",
                     *         "name": "orders-api"
                     *       },
                     *       "environment": "production",
                     *       "sha": "00d2a83709e8ba3b56ecc47fafea7aa20bdfeb52",
                     *       "ref": "main",
                     *       "runId": 10035,
                     *       "event": "push",
                     *       "requestedBy": "reviewer",
                     *       "previous": {
                     *         "environment": "dev",
                     *         "deploymentId": 10044,
                     *         "succeeded": true
                     *       },
                     *       "status": "WAITING",
                     *       "reason": "00d2a83 passed dev; waiting for an approver of payments",
                     *       "expiresAt": "2026-12-07T22:10:57.199Z",
                     *       "timeline": [
                     *         {
                     *           "at": "2026-12-06T22:10:57.199Z",
                     *           "message": "asked to deploy 00d2a83 to production"
                     *         }
                     *       ],
                     *       "version": 2,
                     *       "createdAt": "2026-12-06T22:10:57.199Z",
                     *       "updatedAt": "2026-12-06T22:11:38.338Z",
                     *       "decidable": true
                     *     }
                     */
                    "application/json": components["schemas"]["DeploymentApproval"];
                };
            };
            /** @description invalid_parameter */
            400: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    approveDeployment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "sha": "00d2a83709e8ba3b56ecc47fafea7aa20bdfeb52",
                 *       "environment": "production",
                 *       "comment": "release notes reviewed"
                 *     }
                 */
                "application/json": components["schemas"]["GateDecision"];
            };
        };
        responses: {
            /** @description Approved; GitHub is being told */
            200: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "gt-10053",
                     *       "deploymentId": 10053,
                     *       "pipelineId": "pl-ae51fb58250a47e39ce0",
                     *       "serviceId": "orders-api",
                     *       "team": "payments",
                     *       "repository": {
                     *         "owner": "acme",
                     *         "name": "orders-api"
                     *       },
                     *       "environment": "production",
                     *       "sha": "00d2a83709e8ba3b56ecc47fafea7aa20bdfeb52",
                     *       "ref": "main",
                     *       "runId": 10035,
                     *       "event": "push",
                     *       "requestedBy": "reviewer",
                     *       "previous": {
                     *         "environment": "dev",
                     *         "deploymentId": 10044,
                     *         "succeeded": true
                     *       },
                     *       "status": "APPROVED",
                     *       "reason": "approved by bob",
                     *       "expiresAt": "2026-12-07T22:10:57.199Z",
                     *       "timeline": [
                     *         {
                     *           "at": "2026-12-06T22:10:57.199Z",
                     *           "message": "asked to deploy 00d2a83 to production"
                     *         },
                     *         {
                     *           "at": "2026-12-06T22:12:04.581Z",
                     *           "message": "approved",
                     *           "actor": "bob"
                     *         }
                     *       ],
                     *       "version": 3,
                     *       "createdAt": "2026-12-06T22:10:57.199Z",
                     *       "updatedAt": "2026-12-06T22:12:04.581Z",
                     *       "comment": "release notes reviewed",
                     *       "decidedBy": "bob",
                     *       "decidedAt": "2026-12-06T22:12:04.581Z",
                     *       "decidable": false
                     *     }
                     */
                    "application/json": components["schemas"]["DeploymentApproval"];
                };
            };
            /** @description invalid_parameter, malformed_json */
            400: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description forbidden, self_approval */
            403: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflict */
            409: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unsupported_media_type */
            415: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description validation_failed */
            422: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rejectDeployment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "the change freeze starts tonight"
                 *     }
                 */
                "application/json": components["schemas"]["GateRejection"];
            };
        };
        responses: {
            /** @description Rejected; GitHub is being told */
            200: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "gt-10087",
                     *       "deploymentId": 10087,
                     *       "pipelineId": "pl-ae51fb58250a47e39ce0",
                     *       "serviceId": "orders-api",
                     *       "team": "payments",
                     *       "repository": {
                     *         "owner": "acme",
                     *         "name": "orders-api"
                     *       },
                     *       "environment": "production",
                     *       "sha": "00d2a83709e8ba3b56ecc47fafea7aa20bdfeb52",
                     *       "ref": "main",
                     *       "runId": 10067,
                     *       "event": "workflow_dispatch",
                     *       "requestedBy": "plinth[bot]",
                     *       "dispatchedBy": "alice",
                     *       "previous": {
                     *         "environment": "dev",
                     *         "deploymentId": 10076,
                     *         "succeeded": true
                     *       },
                     *       "status": "REJECTED",
                     *       "reason": "the change freeze starts tonight",
                     *       "expiresAt": "2026-12-07T22:37:09.777Z",
                     *       "timeline": [
                     *         {
                     *           "at": "2026-12-06T22:37:09.777Z",
                     *           "message": "asked to deploy 00d2a83 to production"
                     *         },
                     *         {
                     *           "at": "2026-12-06T22:38:08.269Z",
                     *           "message": "rejected: the change freeze starts tonight",
                     *           "actor": "bob"
                     *         }
                     *       ],
                     *       "version": 3,
                     *       "createdAt": "2026-12-06T22:37:09.777Z",
                     *       "updatedAt": "2026-12-06T22:38:08.269Z",
                     *       "decidedBy": "bob",
                     *       "decidedAt": "2026-12-06T22:38:08.269Z",
                     *       "decidable": false
                     *     }
                     */
                    "application/json": components["schemas"]["DeploymentApproval"];
                };
            };
            /** @description invalid_parameter, malformed_json */
            400: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description forbidden, self_approval */
            403: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflict */
            409: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unsupported_media_type */
            415: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description validation_failed */
            422: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDeployFreezes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The freezes */
            200: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "scope": "payments",
                     *           "reason": "quarter-end close",
                     *           "by": "bob",
                     *           "at": "2026-12-06T22:49:35.159Z",
                     *           "until": "2026-12-09T22:49:24.439Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["DeployFreezeList"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setDeployFreeze: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description `platform` (every team: admins only) or a team */
                scope: "platform" | string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "quarter-end close",
                 *       "until": "2026-12-09T22:49:24.439Z"
                 *     }
                 */
                "application/json": components["schemas"]["SetDeployFreeze"];
            };
        };
        responses: {
            /** @description Frozen */
            200: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "scope": "payments",
                     *       "reason": "quarter-end close",
                     *       "by": "bob",
                     *       "at": "2026-12-06T22:49:35.159Z",
                     *       "until": "2026-12-09T22:49:24.439Z"
                     *     }
                     */
                    "application/json": components["schemas"]["DeployFreeze"];
                };
            };
            /** @description invalid_parameter, malformed_json */
            400: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description forbidden */
            403: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unsupported_media_type */
            415: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description validation_failed */
            422: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    liftDeployFreeze: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description `platform` (every team: admins only) or a team */
                scope: "platform" | string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Lifted */
            204: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description invalid_parameter */
            400: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description forbidden */
            403: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWebhookDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The delivery */
            200: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "6b2f5a10-2c1e-11f1-8a4e-0b6f5a3e2f0c",
                     *       "event": "workflow_job",
                     *       "action": "completed",
                     *       "hookId": "1000101",
                     *       "fact": {
                     *         "kind": "job",
                     *         "repository": {
                     *           "owner": "acme",
                     *           "name": "orders-api"
                     *         },
                     *         "runId": 10104,
                     *         "attempt": 1,
                     *         "jobId": 10107,
                     *         "name": "Deploy to production",
                     *         "headSha": "00d2a83709e8ba3b56ecc47fafea7aa20bdfeb52",
                     *         "status": "completed",
                     *         "conclusion": "cancelled",
                     *         "startedAt": "2026-12-06T22:49:43Z",
                     *         "completedAt": "2026-12-06T22:49:43Z",
                     *         "url": "http://127.0.0.1:33373/acme/orders-api/actions/runs/10104/job/10107",
                     *         "steps": [
                     *           {
                     *             "number": 1,
                     *             "name": "Set up job",
                     *             "status": "completed",
                     *             "conclusion": "skipped"
                     *           },
                     *           {
                     *             "number": 2,
                     *             "name": "AWS credentials (OIDC, no stored keys)",
                     *             "status": "completed",
                     *             "conclusion": "skipped"
                     *           },
                     *           {
                     *             "number": 3,
                     *             "name": "Check out",
                     *             "status": "completed",
                     *             "conclusion": "skipped"
                     *           },
                     *           {
                     *             "number": 4,
                     *             "name": "Set up Node.js 24",
                     *             "status": "completed",
                     *             "conclusion": "skipped"
                     *           },
                     *           {
                     *             "number": 5,
                     *             "name": "Install",
                     *             "status": "completed",
                     *             "conclusion": "skipped"
                     *           },
                     *           {
                     *             "number": 6,
                     *             "name": "sst deploy --stage production",
                     *             "status": "completed",
                     *             "conclusion": "skipped"
                     *           },
                     *           {
                     *             "number": 7,
                     *             "name": "Complete job",
                     *             "status": "completed",
                     *             "conclusion": "skipped"
                     *           }
                     *         ]
                     *       },
                     *       "status": "PROCESSED",
                     *       "receivedAt": "2026-12-06T22:51:26.287Z",
                     *       "received": 1,
                     *       "claims": 1,
                     *       "leaseUntil": "2026-12-06T22:56:37.523Z",
                     *       "processedAt": "2026-12-06T22:51:56.714Z",
                     *       "outcome": "job 10107: completed is older than what is recorded",
                     *       "version": 3
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookDelivery"];
                };
            };
            /** @description invalid_parameter */
            400: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description forbidden */
            403: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    receiveGitHubWebhook: {
        parameters: {
            query?: never;
            header: {
                /** @description The event name, e.g. workflow_run */
                "x-github-event": string;
                /** @description The delivery's GUID (the same on a redelivery) */
                "x-github-delivery": string;
                /** @description sha256=<HMAC-SHA256 of the raw body, hex> */
                "x-hub-signature-256": string;
                /** @description The app's hook id */
                "x-github-hook-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description GitHub's payload for the event, as GitHub documents it */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "action": "completed",
                 *       "workflow_job": {
                 *         "id": 10107,
                 *         "run_id": 10104,
                 *         "run_url": "http://127.0.0.1:33373/api/v3/repos/acme/orders-api/actions/runs/10104",
                 *         "run_attempt": 1,
                 *         "node_id": "Q1JfMTAxMDc=",
                 *         "head_sha": "00d2a83709e8ba3b56ecc47fafea7aa20bdfeb52",
                 *         "head_branch": "main",
                 *         "url": "http://127.0.0.1:33373/api/v3/repos/acme/orders-api/actions/jobs/10107",
                 *         "html_url": "http://127.0.0.1:33373/acme/orders-api/actions/runs/10104/job/10107",
                 *         "check_run_url": "http://127.0.0.1:33373/api/v3/repos/acme/orders-api/check-runs/10107",
                 *         "status": "completed",
                 *         "conclusion": "cancelled",
                 *         "created_at": "2026-12-06T22:44:08Z",
                 *         "started_at": "2026-12-06T22:49:43Z",
                 *         "completed_at": "2026-12-06T22:49:43Z",
                 *         "name": "Deploy to production",
                 *         "workflow_name": "orders-api: build, test, deploy",
                 *         "labels": [
                 *           "ubuntu-24.04"
                 *         ],
                 *         "runner_id": 1,
                 *         "runner_name": "GitHub Actions 1",
                 *         "runner_group_id": 2,
                 *         "runner_group_name": "GitHub Actions",
                 *         "steps": [
                 *           {
                 *             "name": "Set up job",
                 *             "number": 1,
                 *             "status": "completed",
                 *             "conclusion": "skipped",
                 *             "started_at": null,
                 *             "completed_at": null
                 *           },
                 *           {
                 *             "name": "AWS credentials (OIDC, no stored keys)",
                 *             "number": 2,
                 *             "status": "completed",
                 *             "conclusion": "skipped",
                 *             "started_at": null,
                 *             "completed_at": null
                 *           },
                 *           {
                 *             "name": "Check out",
                 *             "number": 3,
                 *             "status": "completed",
                 *             "conclusion": "skipped",
                 *             "started_at": null,
                 *             "completed_at": null
                 *           },
                 *           {
                 *             "name": "Set up Node.js 24",
                 *             "number": 4,
                 *             "status": "completed",
                 *             "conclusion": "skipped",
                 *             "started_at": null,
                 *             "completed_at": null
                 *           },
                 *           {
                 *             "name": "Install",
                 *             "number": 5,
                 *             "status": "completed",
                 *             "conclusion": "skipped",
                 *             "started_at": null,
                 *             "completed_at": null
                 *           },
                 *           {
                 *             "name": "sst deploy --stage production",
                 *             "number": 6,
                 *             "status": "completed",
                 *             "conclusion": "skipped",
                 *             "started_at": null,
                 *             "completed_at": null
                 *           },
                 *           {
                 *             "name": "Complete job",
                 *             "number": 7,
                 *             "status": "completed",
                 *             "conclusion": "skipped",
                 *             "started_at": null,
                 *             "completed_at": null
                 *           }
                 *         ]
                 *       },
                 *       "repository": {
                 *         "id": 10028,
                 *         "node_id": "Ul8xMDAyOA==",
                 *         "name": "orders-api",
                 *         "full_name": "acme/orders-api",
                 *         "owner": {
                 *           "login": "acme",
                 *           "id": 10002,
                 *           "node_id": "VV8xMDAwMg==",
                 *           "avatar_url": "http://127.0.0.1:33373/avatars/acme",
                 *           "gravatar_id": "",
                 *           "url": "http://127.0.0.1:33373/api/v3/users/acme",
                 *           "html_url": "http://127.0.0.1:33373/acme",
                 *           "followers_url": "http://127.0.0.1:33373/api/v3/users/acme/followers",
                 *           "following_url": "http://127.0.0.1:33373/api/v3/users/acme/following{/other_user}",
                 *           "gists_url": "http://127.0.0.1:33373/api/v3/users/acme/gists{/gist_id}",
                 *           "starred_url": "http://127.0.0.1:33373/api/v3/users/acme/starred{/owner}{/repo}",
                 *           "subscriptions_url": "http://127.0.0.1:33373/api/v3/users/acme/subscriptions",
                 *           "organizations_url": "http://127.0.0.1:33373/api/v3/users/acme/orgs",
                 *           "repos_url": "http://127.0.0.1:33373/api/v3/users/acme/repos",
                 *           "events_url": "http://127.0.0.1:33373/api/v3/users/acme/events{/privacy}",
                 *           "received_events_url": "http://127.0.0.1:33373/api/v3/users/acme/received_events",
                 *           "type": "Organization",
                 *           "site_admin": false
                 *         },
                 *         "private": false,
                 *         "visibility": "public",
                 *         "html_url": "http://127.0.0.1:33373/acme/orders-api",
                 *         "description": "orders-api (GitHub stand-in)",
                 *         "fork": false,
                 *         "url": "http://127.0.0.1:33373/api/v3/repos/acme/orders-api",
                 *         "archive_url": "http://127.0.0.1:33373/api/v3/repos/acme/orders-api/{archive_format}{/ref}",
                 *         "assignees_url": "http://127.0.0.1:33373/api/v3/repos/acme/orders-api/assignees{/user}",
                 *         "blobs_url": "http://127.0.0.1:33373/api/v3/repos/acme/orders-api/git/blobs{/sha}",
                 *         "branches_url": "http://127.0.0.1:33373/api/v3/repos/acme/orders-api/branches{/branch}",
                 *         "collaborators_url": "http://127.0.0.1:33373/api/v3/repos/acme/orders-api/collaborators{/collaborator}",
                 *         "comments_url": "http://127.0.0.1:33373/api/v3/repos/acme/orders-api/comments{/number}",
                 *         "commits_url": "http://127.0.0.1:33373/api/v3/repos/acme/orders-api/commits{/sha}",
                 *         "compare_url": "http://127.0.0.1:33373/api/v3/repos/acme/orders-api/compare/{base}...{head}",
                 *         "contents_url": "http://127.0.0.1:33373/api/v3/repos/acme/orders-api/contents/{+path}",
                 *         "contributors_url": "http://127.0.0.1:33373/api/v3/repos/acme/orders-api/contributors",
                 *         "deployments_url": "http://127.0.0.1:33373/api/v3/repos/acme/orders-api/deployments",
                 *         "downloads_url": "http://127.0.0.1:33373/api/v3/repos/acme/orders-api/downloads",
                 *         "events_url": "http://127.0.0.1:33373/api/v3/repos/acme/orders-api/events",
                 *         "forks_url": "http://127.0.0.1:33373/api/v3/repos/acme/orders-api/forks",
                 *         "git_commits_url": "http://127.0.0.1:33373/api/v3/repos/acme/orders-api/git/commits{/sha}",
                 *         "git_refs_url": "http://127.0.0.1:33373/api/v3/repos/acme/orders-api/git/refs{/sha}",
                 *         "git_tags_url": "http://127.0.0.1:33373/api/v3/repos/acme/orders-api/git/tags{/sha}",
                 *         "hooks_url": "http://127.0.0.1:33373/api/v3/repos/acme/orders-api/hooks",
                 *         "issue_comment_url": "http://127.0.0.1:33373/api/v3/repos/acme/orders-api/issues/comments{/number}",
                 *         "issue_events_url": "http://127.0.0.1:33373/api/v3/repos/acme/orders-api/issues/events{/number}",
                 *         "issues_url": "http://127.0.0.1:33373/api/v3/repos/acme/orders-api/issues{/number}",
                 *         "keys_url": "http://127.0.0.1:33373/api/v3/repos/acme/orders-api/keys{/key_id}",
                 *         "labels_url": "http://127.0.0.1:33373/api/v3/repos/acme/orders-api/labels{/name}",
                 *         "languages_url": "http://127.0.0.1:33373/api/v3/repos/acme/orders-api/languages",
                 *         "merges_url": "http://127.0.0.1:33373/api/v3/repos/acme/orders-api/merges",
                 *         "milestones_url": "http://127.0.0.1:33373/api/v3/repos/acme/orders-api/milestones{/number}",
                 *         "notifications_url": "http://127.0.0.1:33373/api/v3/repos/acme/orders-api/notifications{?since,all,participating}",
                 *         "pulls_url": "http://127.0.0.1:33373/api/v3/repos/acme/orders-api/pulls{/number}",
                 *         "releases_url": "http://127.0.0.1:33373/api/v3/repos/acme/orders-api/releases{/id}",
                 *         "stargazers_url": "http://127.0.0.1:33373/api/v3/repos/acme/orders-api/stargazers",
                 *         "statuses_url": "http://127.0.0.1:33373/api/v3/repos/acme/orders-api/statuses/{sha}",
                 *         "subscribers_url": "http://127.0.0.1:33373/api/v3/repos/acme/orders-api/subscribers",
                 *         "subscription_url": "http://127.0.0.1:33373/api/v3/repos/acme/orders-api/subscription",
                 *         "tags_url": "http://127.0.0.1:33373/api/v3/repos/acme/orders-api/tags",
                 *         "teams_url": "http://127.0.0.1:33373/api/v3/repos/acme/orders-api/teams",
                 *         "trees_url": "http://127.0.0.1:33373/api/v3/repos/acme/orders-api/git/trees{/sha}",
                 *         "clone_url": "http://127.0.0.1:33373/acme/orders-api.git",
                 *         "git_url": "git://127.0.0.1:33373/acme/orders-api.git",
                 *         "ssh_url": "git@127.0.0.1:33373:acme/orders-api.git",
                 *         "svn_url": "http://127.0.0.1:33373/acme/orders-api",
                 *         "mirror_url": null,
                 *         "homepage": null,
                 *         "language": "TypeScript",
                 *         "forks": 0,
                 *         "forks_count": 0,
                 *         "stargazers_count": 0,
                 *         "watchers": 0,
                 *         "watchers_count": 0,
                 *         "size": 1,
                 *         "default_branch": "main",
                 *         "open_issues": 0,
                 *         "open_issues_count": 0,
                 *         "has_issues": true,
                 *         "has_projects": false,
                 *         "has_wiki": false,
                 *         "has_pages": false,
                 *         "has_downloads": false,
                 *         "has_discussions": false,
                 *         "archived": false,
                 *         "disabled": false,
                 *         "license": null,
                 *         "pushed_at": "2026-12-06T21:50:45Z",
                 *         "created_at": "2026-12-06T20:58:44Z",
                 *         "updated_at": "2026-12-06T21:50:45Z",
                 *         "allow_merge_commit": true,
                 *         "allow_squash_merge": true,
                 *         "allow_rebase_merge": true
                 *       },
                 *       "organization": {
                 *         "login": "acme",
                 *         "id": 10002,
                 *         "node_id": "T18xMDAwMg==",
                 *         "url": "http://127.0.0.1:33373/api/v3/orgs/acme",
                 *         "repos_url": "http://127.0.0.1:33373/api/v3/orgs/acme/repos",
                 *         "events_url": "http://127.0.0.1:33373/api/v3/orgs/acme/events",
                 *         "hooks_url": "http://127.0.0.1:33373/api/v3/orgs/acme/hooks",
                 *         "issues_url": "http://127.0.0.1:33373/api/v3/orgs/acme/issues",
                 *         "members_url": "http://127.0.0.1:33373/api/v3/orgs/acme/members{/member}",
                 *         "public_members_url": "http://127.0.0.1:33373/api/v3/orgs/acme/public_members{/member}",
                 *         "avatar_url": "http://127.0.0.1:33373/avatars/acme",
                 *         "description": null
                 *       },
                 *       "installation": {
                 *         "id": 10001,
                 *         "node_id": "SV8xMDAwMQ=="
                 *       },
                 *       "sender": {
                 *         "login": "plinth[bot]",
                 *         "id": 9100011,
                 *         "node_id": "VV85MTAwMDEx",
                 *         "avatar_url": "http://127.0.0.1:33373/avatars/plinth%5Bbot%5D",
                 *         "gravatar_id": "",
                 *         "url": "http://127.0.0.1:33373/api/v3/users/plinth%5Bbot%5D",
                 *         "html_url": "http://127.0.0.1:33373/plinth%5Bbot%5D",
                 *         "followers_url": "http://127.0.0.1:33373/api/v3/users/plinth%5Bbot%5D/followers",
                 *         "following_url": "http://127.0.0.1:33373/api/v3/users/plinth%5Bbot%5D/following{/other_user}",
                 *         "gists_url": "http://127.0.0.1:33373/api/v3/users/plinth%5Bbot%5D/gists{/gist_id}",
                 *         "starred_url": "http://127.0.0.1:33373/api/v3/users/plinth%5Bbot%5D/starred{/owner}{/repo}",
                 *         "subscriptions_url": "http://127.0.0.1:33373/api/v3/users/plinth%5Bbot%5D/subscriptions",
                 *         "organizations_url": "http://127.0.0.1:33373/api/v3/users/plinth%5Bbot%5D/orgs",
                 *         "repos_url": "http://127.0.0.1:33373/api/v3/users/plinth%5Bbot%5D/repos",
                 *         "events_url": "http://127.0.0.1:33373/api/v3/users/plinth%5Bbot%5D/events{/privacy}",
                 *         "received_events_url": "http://127.0.0.1:33373/api/v3/users/plinth%5Bbot%5D/received_events",
                 *         "type": "User",
                 *         "site_admin": false
                 *       }
                 *     }
                 */
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description A redelivery of a delivery already processed, or a ping */
            200: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookReceived"];
                };
            };
            /** @description Recorded and put on the bus (or an event Plinth does not act on: ignored); Location: the delivery's record */
            202: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    /** @description Where to follow what was created or started */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "delivery": "6b2f5a10-2c1e-11f1-8a4e-0b6f5a3e2f0c",
                     *       "status": "accepted",
                     *       "detail": "recorded"
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookReceived"];
                };
            };
            /** @description invalid_parameter, malformed_json */
            400: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description validation_failed */
            422: {
                headers: {
                    /** @description The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
type FlattenedDeepRequired<T> = {
    [K in keyof T]-?: FlattenedDeepRequired<T[K] extends unknown[] | undefined | null ? Extract<T[K], unknown[]>[number] : T[K]>;
};
type ReadonlyArray<T> = [
    Exclude<T, undefined>
] extends [
    unknown[]
] ? Readonly<Exclude<T, undefined>> : Readonly<Exclude<T, undefined>[]>;
export const pathsV1ProvisioningRequestsGetParametersQueryStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/provisioning-requests"]["get"]["parameters"]["query"]["status"]> = ["VALIDATING", "PLANNED", "AWAITING_APPROVAL", "APPLYING", "SUCCEEDED", "FAILED", "ROLLED_BACK", "CANCELLED", "REJECTED", "EXPIRED", "DESTROYING", "DESTROYED"];
export const pathsV1ProvisioningRequestsPostParametersQueryDryRunValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/provisioning-requests"]["post"]["parameters"]["query"]["dryRun"]> = ["true", "false"];
export const pathsV1IncidentsGetParametersQueryStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/incidents"]["get"]["parameters"]["query"]["status"]> = ["OPEN", "AWAITING_APPROVAL", "ACTING", "VERIFYING", "ESCALATED", "RESOLVED"];
export const pathsV1DatasetsIdStagesStageVersionsGetParametersPathStageValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/datasets/{id}/stages/{stage}/versions"]["get"]["parameters"]["path"]["stage"]> = ["bronze", "silver", "gold"];
export const pathsV1DatasetsIdStagesStageRollbackPostParametersPathStageValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/datasets/{id}/stages/{stage}/rollback"]["post"]["parameters"]["path"]["stage"]> = ["bronze", "silver", "gold"];
export const pathsV1CostsGetParametersQueryGroupByValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/costs"]["get"]["parameters"]["query"]["groupBy"]> = ["request", "service", "day"];
export const pathsV1RecommendationsGetParametersQueryStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/recommendations"]["get"]["parameters"]["query"]["status"]> = ["OPEN", "SNOOZED", "DISMISSED", "APPLIED", "RESOLVED"];
export const pathsV1ServicesGetParametersQueryLifecycleValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/services"]["get"]["parameters"]["query"]["lifecycle"]> = ["experimental", "production", "deprecated"];
export const pathsV1ScorecardsGetParametersQueryLifecycleValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/scorecards"]["get"]["parameters"]["query"]["lifecycle"]> = ["experimental", "production", "deprecated"];
export const pathsV1ServicesIdPipelinesPostParametersQueryDryRunValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/services/{id}/pipelines"]["post"]["parameters"]["query"]["dryRun"]> = ["true", "false"];
export const pathsV1DeploymentApprovalsGetParametersQueryStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/deployment-approvals"]["get"]["parameters"]["query"]["status"]> = ["WAITING", "APPROVED", "REJECTED", "EXPIRED", "REFUSED"];
export const pathsV1DeployFreezesScopePutParametersPathScopeAnyOf0Values: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/deploy-freezes/{scope}"]["put"]["parameters"]["path"]["scope"]> = ["platform"];
export const pathsV1DeployFreezesScopeDeleteParametersPathScopeAnyOf0Values: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/deploy-freezes/{scope}"]["delete"]["parameters"]["path"]["scope"]> = ["platform"];
export const healthStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Health"]["status"]> = ["ok"];
export const meRolesValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Me"]["roles"]> = ["viewer", "developer", "approver", "admin"];
export const templateSummaryRiskValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["TemplateSummary"]["risk"]> = ["low", "medium", "high"];
export const templateDetailRiskValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["TemplateDetail"]["risk"]> = ["low", "medium", "high"];
export const planEnvironmentValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Plan"]["environment"]> = ["dev", "staging", "production"];
export const planCostCurrencyValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Plan"]["cost"]["currency"]> = ["USD"];
export const planPoliciesOutcomeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Plan"]["policies"]["outcome"]> = ["pass", "deny", "approval"];
export const planApprovalValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Plan"]["approval"]> = ["required", "not-required"];
export const provisioningRequestEnvironmentValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ProvisioningRequest"]["environment"]> = ["dev", "staging", "production"];
export const provisioningRequestStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ProvisioningRequest"]["status"]> = ["VALIDATING", "PLANNED", "AWAITING_APPROVAL", "APPLYING", "SUCCEEDED", "FAILED", "ROLLED_BACK", "CANCELLED", "REJECTED", "EXPIRED", "DESTROYING", "DESTROYED"];
export const provisioningRequestApprovalDecisionValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ProvisioningRequest"]["approval"]["decision"]> = ["approved", "rejected"];
export const provisioningRequestFailureCleanupValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ProvisioningRequest"]["failure"]["cleanup"]> = ["deleted", "failed", "not-needed"];
export const provisioningRequestTimelineStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ProvisioningRequest"]["timeline"]["status"]> = ["VALIDATING", "PLANNED", "AWAITING_APPROVAL", "APPLYING", "SUCCEEDED", "FAILED", "ROLLED_BACK", "CANCELLED", "REJECTED", "EXPIRED", "DESTROYING", "DESTROYED"];
export const createProvisioningRequestEnvironmentValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CreateProvisioningRequest"]["environment"]> = ["dev", "staging", "production"];
export const incidentStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Incident"]["status"]> = ["OPEN", "AWAITING_APPROVAL", "ACTING", "VERIFYING", "ESCALATED", "RESOLVED"];
export const incidentSourceValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Incident"]["source"]> = ["alarm", "manual"];
export const incidentAlarmStateValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Incident"]["alarm"]["state"]> = ["OK", "ALARM", "INSUFFICIENT_DATA"];
export const incidentResourceTypeAnyOf0Values: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Incident"]["resource"]["type"]> = ["ecs-service", "ec2-instance", "autoscaling-group", "lambda-alias", "sqs-queue"];
export const incidentResourceTypeAnyOf1Values: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Incident"]["resource"]["type"]> = ["unknown"];
export const incidentRunbookTierValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Incident"]["runbook"]["tier"]> = ["auto", "approval", "notify-only"];
export const incidentRunbookModeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Incident"]["runbook"]["mode"]> = ["shadow", "approval", "auto", "notify-only"];
export const incidentDecisionsGuardValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Incident"]["decisions"]["guard"]> = ["kill-switch", "runbook", "tier", "mode", "opt-out", "preconditions", "attempts", "breaker", "cooldown", "team-budget", "global-budget", "approval"];
export const incidentDecisionsOutcomeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Incident"]["decisions"]["outcome"]> = ["pass", "block", "downgrade"];
export const incidentActionsOutcomeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Incident"]["actions"]["outcome"]> = ["running", "healed", "not-healed", "failed", "unclear"];
export const incidentResolutionHowValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Incident"]["resolution"]["how"]> = ["verified", "manual"];
export const incidentApprovalDecisionValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Incident"]["approval"]["decision"]> = ["approved", "rejected"];
export const incidentTimelineStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Incident"]["timeline"]["status"]> = ["OPEN", "AWAITING_APPROVAL", "ACTING", "VERIFYING", "ESCALATED", "RESOLVED"];
export const manualReportResourceTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ManualReport"]["resource"]["type"]> = ["ecs-service", "ec2-instance", "autoscaling-group", "lambda-alias", "sqs-queue"];
export const incidentSummaryStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["IncidentSummary"]["status"]> = ["OPEN", "AWAITING_APPROVAL", "ACTING", "VERIFYING", "ESCALATED", "RESOLVED"];
export const incidentSummarySourceValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["IncidentSummary"]["source"]> = ["alarm", "manual"];
export const incidentSummaryAlarmStateValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["IncidentSummary"]["alarm"]["state"]> = ["OK", "ALARM", "INSUFFICIENT_DATA"];
export const incidentSummaryResourceTypeAnyOf0Values: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["IncidentSummary"]["resource"]["type"]> = ["ecs-service", "ec2-instance", "autoscaling-group", "lambda-alias", "sqs-queue"];
export const incidentSummaryResourceTypeAnyOf1Values: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["IncidentSummary"]["resource"]["type"]> = ["unknown"];
export const incidentSummaryRunbookTierValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["IncidentSummary"]["runbook"]["tier"]> = ["auto", "approval", "notify-only"];
export const incidentSummaryRunbookModeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["IncidentSummary"]["runbook"]["mode"]> = ["shadow", "approval", "auto", "notify-only"];
export const incidentSummaryActionsOutcomeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["IncidentSummary"]["actions"]["outcome"]> = ["running", "healed", "not-healed", "failed", "unclear"];
export const incidentSummaryResolutionHowValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["IncidentSummary"]["resolution"]["how"]> = ["verified", "manual"];
export const incidentSummaryApprovalDecisionValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["IncidentSummary"]["approval"]["decision"]> = ["approved", "rejected"];
export const runbookTierValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Runbook"]["tier"]> = ["auto", "approval", "notify-only"];
export const runbookModeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Runbook"]["mode"]> = ["shadow", "approval", "auto"];
export const runbookEffectiveModeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Runbook"]["effectiveMode"]> = ["shadow", "approval", "auto", "notify-only"];
export const runbookModeChangeModeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["RunbookModeChange"]["mode"]> = ["shadow", "approval", "auto"];
export const remediationStatusBreakersStateValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["RemediationStatus"]["breakers"]["state"]> = ["closed", "open", "half-open"];
export const datasetLandingFormatValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Dataset"]["landingFormat"]> = ["csv", "parquet"];
export const registerDatasetLandingFormatValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["RegisterDataset"]["landingFormat"]> = ["csv", "parquet"];
export const registerDatasetContractColumnsTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["RegisterDataset"]["contract"]["columns"]["type"]> = ["string", "integer", "bigint", "decimal", "double", "boolean", "date", "timestamp"];
export const registerDatasetContractColumnsCaseValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["RegisterDataset"]["contract"]["columns"]["case"]> = ["keep", "lower", "upper"];
export const registerDatasetContractTypeErrorsValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["RegisterDataset"]["contract"]["typeErrors"]> = ["quarantine", "fail"];
export const registerDatasetContractChecksOneOf0KindValues: ReadonlyArray<Extract<FlattenedDeepRequired<components>["schemas"]["RegisterDataset"]["contract"]["checks"], {
    kind: unknown;
}>["kind"]> = ["not_null"];
export const registerDatasetContractChecksOneOf0SeverityValues: ReadonlyArray<Extract<FlattenedDeepRequired<components>["schemas"]["RegisterDataset"]["contract"]["checks"], {
    severity: unknown;
}>["severity"]> = ["warn", "quarantine", "fail"];
export const registerDatasetContractChecksOneOf1KindValues: ReadonlyArray<Extract<FlattenedDeepRequired<components>["schemas"]["RegisterDataset"]["contract"]["checks"], {
    kind: unknown;
}>["kind"]> = ["unique"];
export const registerDatasetContractChecksOneOf1SeverityValues: ReadonlyArray<Extract<FlattenedDeepRequired<components>["schemas"]["RegisterDataset"]["contract"]["checks"], {
    severity: unknown;
}>["severity"]> = ["warn", "quarantine", "fail"];
export const registerDatasetContractChecksOneOf2KindValues: ReadonlyArray<Extract<FlattenedDeepRequired<components>["schemas"]["RegisterDataset"]["contract"]["checks"], {
    kind: unknown;
}>["kind"]> = ["range"];
export const registerDatasetContractChecksOneOf2SeverityValues: ReadonlyArray<Extract<FlattenedDeepRequired<components>["schemas"]["RegisterDataset"]["contract"]["checks"], {
    severity: unknown;
}>["severity"]> = ["warn", "quarantine", "fail"];
export const registerDatasetContractChecksOneOf3KindValues: ReadonlyArray<Extract<FlattenedDeepRequired<components>["schemas"]["RegisterDataset"]["contract"]["checks"], {
    kind: unknown;
}>["kind"]> = ["allowed_values"];
export const registerDatasetContractChecksOneOf3SeverityValues: ReadonlyArray<Extract<FlattenedDeepRequired<components>["schemas"]["RegisterDataset"]["contract"]["checks"], {
    severity: unknown;
}>["severity"]> = ["warn", "quarantine", "fail"];
export const registerDatasetContractChecksOneOf4KindValues: ReadonlyArray<Extract<FlattenedDeepRequired<components>["schemas"]["RegisterDataset"]["contract"]["checks"], {
    kind: unknown;
}>["kind"]> = ["regex"];
export const registerDatasetContractChecksOneOf4SeverityValues: ReadonlyArray<Extract<FlattenedDeepRequired<components>["schemas"]["RegisterDataset"]["contract"]["checks"], {
    severity: unknown;
}>["severity"]> = ["warn", "quarantine", "fail"];
export const registerDatasetContractChecksOneOf5KindValues: ReadonlyArray<Extract<FlattenedDeepRequired<components>["schemas"]["RegisterDataset"]["contract"]["checks"], {
    kind: unknown;
}>["kind"]> = ["reference"];
export const registerDatasetContractChecksOneOf5SeverityValues: ReadonlyArray<Extract<FlattenedDeepRequired<components>["schemas"]["RegisterDataset"]["contract"]["checks"], {
    severity: unknown;
}>["severity"]> = ["warn", "quarantine", "fail"];
export const registerDatasetContractChecksOneOf6KindValues: ReadonlyArray<Extract<FlattenedDeepRequired<components>["schemas"]["RegisterDataset"]["contract"]["checks"], {
    kind: unknown;
}>["kind"]> = ["row_count"];
export const registerDatasetContractChecksOneOf6SeverityValues: ReadonlyArray<Extract<FlattenedDeepRequired<components>["schemas"]["RegisterDataset"]["contract"]["checks"], {
    severity: unknown;
}>["severity"]> = ["warn", "fail"];
export const registerDatasetContractChecksOneOf7KindValues: ReadonlyArray<Extract<FlattenedDeepRequired<components>["schemas"]["RegisterDataset"]["contract"]["checks"], {
    kind: unknown;
}>["kind"]> = ["freshness"];
export const registerDatasetContractChecksOneOf7SeverityValues: ReadonlyArray<Extract<FlattenedDeepRequired<components>["schemas"]["RegisterDataset"]["contract"]["checks"], {
    severity: unknown;
}>["severity"]> = ["warn", "fail"];
export const registerDatasetContractChecksOneOf8KindValues: ReadonlyArray<Extract<FlattenedDeepRequired<components>["schemas"]["RegisterDataset"]["contract"]["checks"], {
    kind: unknown;
}>["kind"]> = ["schema_drift"];
export const registerDatasetContractChecksOneOf8ExtraColumnsValues: ReadonlyArray<Extract<FlattenedDeepRequired<components>["schemas"]["RegisterDataset"]["contract"]["checks"], {
    extraColumns: unknown;
}>["extraColumns"]> = ["ignore", "drift"];
export const registerDatasetContractChecksOneOf8SeverityValues: ReadonlyArray<Extract<FlattenedDeepRequired<components>["schemas"]["RegisterDataset"]["contract"]["checks"], {
    severity: unknown;
}>["severity"]> = ["warn", "fail"];
export const datasetDetailLandingFormatValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DatasetDetail"]["landingFormat"]> = ["csv", "parquet"];
export const datasetDetailContractColumnsTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DatasetDetail"]["contract"]["columns"]["type"]> = ["string", "integer", "bigint", "decimal", "double", "boolean", "date", "timestamp"];
export const datasetDetailContractColumnsCaseValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DatasetDetail"]["contract"]["columns"]["case"]> = ["keep", "lower", "upper"];
export const datasetDetailContractTypeErrorsValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DatasetDetail"]["contract"]["typeErrors"]> = ["quarantine", "fail"];
export const datasetDetailContractChecksOneOf0KindValues: ReadonlyArray<Extract<FlattenedDeepRequired<components>["schemas"]["DatasetDetail"]["contract"]["checks"], {
    kind: unknown;
}>["kind"]> = ["not_null"];
export const datasetDetailContractChecksOneOf0SeverityValues: ReadonlyArray<Extract<FlattenedDeepRequired<components>["schemas"]["DatasetDetail"]["contract"]["checks"], {
    severity: unknown;
}>["severity"]> = ["warn", "quarantine", "fail"];
export const datasetDetailContractChecksOneOf1KindValues: ReadonlyArray<Extract<FlattenedDeepRequired<components>["schemas"]["DatasetDetail"]["contract"]["checks"], {
    kind: unknown;
}>["kind"]> = ["unique"];
export const datasetDetailContractChecksOneOf1SeverityValues: ReadonlyArray<Extract<FlattenedDeepRequired<components>["schemas"]["DatasetDetail"]["contract"]["checks"], {
    severity: unknown;
}>["severity"]> = ["warn", "quarantine", "fail"];
export const datasetDetailContractChecksOneOf2KindValues: ReadonlyArray<Extract<FlattenedDeepRequired<components>["schemas"]["DatasetDetail"]["contract"]["checks"], {
    kind: unknown;
}>["kind"]> = ["range"];
export const datasetDetailContractChecksOneOf2SeverityValues: ReadonlyArray<Extract<FlattenedDeepRequired<components>["schemas"]["DatasetDetail"]["contract"]["checks"], {
    severity: unknown;
}>["severity"]> = ["warn", "quarantine", "fail"];
export const datasetDetailContractChecksOneOf3KindValues: ReadonlyArray<Extract<FlattenedDeepRequired<components>["schemas"]["DatasetDetail"]["contract"]["checks"], {
    kind: unknown;
}>["kind"]> = ["allowed_values"];
export const datasetDetailContractChecksOneOf3SeverityValues: ReadonlyArray<Extract<FlattenedDeepRequired<components>["schemas"]["DatasetDetail"]["contract"]["checks"], {
    severity: unknown;
}>["severity"]> = ["warn", "quarantine", "fail"];
export const datasetDetailContractChecksOneOf4KindValues: ReadonlyArray<Extract<FlattenedDeepRequired<components>["schemas"]["DatasetDetail"]["contract"]["checks"], {
    kind: unknown;
}>["kind"]> = ["regex"];
export const datasetDetailContractChecksOneOf4SeverityValues: ReadonlyArray<Extract<FlattenedDeepRequired<components>["schemas"]["DatasetDetail"]["contract"]["checks"], {
    severity: unknown;
}>["severity"]> = ["warn", "quarantine", "fail"];
export const datasetDetailContractChecksOneOf5KindValues: ReadonlyArray<Extract<FlattenedDeepRequired<components>["schemas"]["DatasetDetail"]["contract"]["checks"], {
    kind: unknown;
}>["kind"]> = ["reference"];
export const datasetDetailContractChecksOneOf5SeverityValues: ReadonlyArray<Extract<FlattenedDeepRequired<components>["schemas"]["DatasetDetail"]["contract"]["checks"], {
    severity: unknown;
}>["severity"]> = ["warn", "quarantine", "fail"];
export const datasetDetailContractChecksOneOf6KindValues: ReadonlyArray<Extract<FlattenedDeepRequired<components>["schemas"]["DatasetDetail"]["contract"]["checks"], {
    kind: unknown;
}>["kind"]> = ["row_count"];
export const datasetDetailContractChecksOneOf6SeverityValues: ReadonlyArray<Extract<FlattenedDeepRequired<components>["schemas"]["DatasetDetail"]["contract"]["checks"], {
    severity: unknown;
}>["severity"]> = ["warn", "fail"];
export const datasetDetailContractChecksOneOf7KindValues: ReadonlyArray<Extract<FlattenedDeepRequired<components>["schemas"]["DatasetDetail"]["contract"]["checks"], {
    kind: unknown;
}>["kind"]> = ["freshness"];
export const datasetDetailContractChecksOneOf7SeverityValues: ReadonlyArray<Extract<FlattenedDeepRequired<components>["schemas"]["DatasetDetail"]["contract"]["checks"], {
    severity: unknown;
}>["severity"]> = ["warn", "fail"];
export const datasetDetailContractChecksOneOf8KindValues: ReadonlyArray<Extract<FlattenedDeepRequired<components>["schemas"]["DatasetDetail"]["contract"]["checks"], {
    kind: unknown;
}>["kind"]> = ["schema_drift"];
export const datasetDetailContractChecksOneOf8ExtraColumnsValues: ReadonlyArray<Extract<FlattenedDeepRequired<components>["schemas"]["DatasetDetail"]["contract"]["checks"], {
    extraColumns: unknown;
}>["extraColumns"]> = ["ignore", "drift"];
export const datasetDetailContractChecksOneOf8SeverityValues: ReadonlyArray<Extract<FlattenedDeepRequired<components>["schemas"]["DatasetDetail"]["contract"]["checks"], {
    severity: unknown;
}>["severity"]> = ["warn", "fail"];
export const datasetDetailStagesStageValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DatasetDetail"]["stages"]["stage"]> = ["landing", "bronze", "silver", "gold"];
export const stagePointerReasonValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["StagePointer"]["reason"]> = ["promotion", "rollback"];
export const promotionFromValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Promotion"]["from"]> = ["landing", "bronze", "silver", "gold"];
export const promotionToValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Promotion"]["to"]> = ["landing", "bronze", "silver", "gold"];
export const promotionStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Promotion"]["status"]> = ["RUNNING", "SUCCEEDED", "FAILED", "PARTIAL", "CANCELLED"];
export const promotionTriggerValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Promotion"]["trigger"]> = ["api", "landing"];
export const partitionResultStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PartitionResult"]["status"]> = ["RUNNING", "SUCCEEDED", "FAILED", "EMPTY", "CANCELLED"];
export const qualityReportOutcomeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["QualityReport"]["outcome"]> = ["passed", "failed"];
export const checkResultSeverityValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CheckResult"]["severity"]> = ["warn", "quarantine", "fail"];
export const checkResultStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CheckResult"]["status"]> = ["passed", "warned", "quarantined", "failed"];
export const contractChangeContractColumnsTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ContractChange"]["contract"]["columns"]["type"]> = ["string", "integer", "bigint", "decimal", "double", "boolean", "date", "timestamp"];
export const contractChangeContractColumnsCaseValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ContractChange"]["contract"]["columns"]["case"]> = ["keep", "lower", "upper"];
export const contractChangeContractTypeErrorsValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ContractChange"]["contract"]["typeErrors"]> = ["quarantine", "fail"];
export const contractChangeContractChecksOneOf0KindValues: ReadonlyArray<Extract<FlattenedDeepRequired<components>["schemas"]["ContractChange"]["contract"]["checks"], {
    kind: unknown;
}>["kind"]> = ["not_null"];
export const contractChangeContractChecksOneOf0SeverityValues: ReadonlyArray<Extract<FlattenedDeepRequired<components>["schemas"]["ContractChange"]["contract"]["checks"], {
    severity: unknown;
}>["severity"]> = ["warn", "quarantine", "fail"];
export const contractChangeContractChecksOneOf1KindValues: ReadonlyArray<Extract<FlattenedDeepRequired<components>["schemas"]["ContractChange"]["contract"]["checks"], {
    kind: unknown;
}>["kind"]> = ["unique"];
export const contractChangeContractChecksOneOf1SeverityValues: ReadonlyArray<Extract<FlattenedDeepRequired<components>["schemas"]["ContractChange"]["contract"]["checks"], {
    severity: unknown;
}>["severity"]> = ["warn", "quarantine", "fail"];
export const contractChangeContractChecksOneOf2KindValues: ReadonlyArray<Extract<FlattenedDeepRequired<components>["schemas"]["ContractChange"]["contract"]["checks"], {
    kind: unknown;
}>["kind"]> = ["range"];
export const contractChangeContractChecksOneOf2SeverityValues: ReadonlyArray<Extract<FlattenedDeepRequired<components>["schemas"]["ContractChange"]["contract"]["checks"], {
    severity: unknown;
}>["severity"]> = ["warn", "quarantine", "fail"];
export const contractChangeContractChecksOneOf3KindValues: ReadonlyArray<Extract<FlattenedDeepRequired<components>["schemas"]["ContractChange"]["contract"]["checks"], {
    kind: unknown;
}>["kind"]> = ["allowed_values"];
export const contractChangeContractChecksOneOf3SeverityValues: ReadonlyArray<Extract<FlattenedDeepRequired<components>["schemas"]["ContractChange"]["contract"]["checks"], {
    severity: unknown;
}>["severity"]> = ["warn", "quarantine", "fail"];
export const contractChangeContractChecksOneOf4KindValues: ReadonlyArray<Extract<FlattenedDeepRequired<components>["schemas"]["ContractChange"]["contract"]["checks"], {
    kind: unknown;
}>["kind"]> = ["regex"];
export const contractChangeContractChecksOneOf4SeverityValues: ReadonlyArray<Extract<FlattenedDeepRequired<components>["schemas"]["ContractChange"]["contract"]["checks"], {
    severity: unknown;
}>["severity"]> = ["warn", "quarantine", "fail"];
export const contractChangeContractChecksOneOf5KindValues: ReadonlyArray<Extract<FlattenedDeepRequired<components>["schemas"]["ContractChange"]["contract"]["checks"], {
    kind: unknown;
}>["kind"]> = ["reference"];
export const contractChangeContractChecksOneOf5SeverityValues: ReadonlyArray<Extract<FlattenedDeepRequired<components>["schemas"]["ContractChange"]["contract"]["checks"], {
    severity: unknown;
}>["severity"]> = ["warn", "quarantine", "fail"];
export const contractChangeContractChecksOneOf6KindValues: ReadonlyArray<Extract<FlattenedDeepRequired<components>["schemas"]["ContractChange"]["contract"]["checks"], {
    kind: unknown;
}>["kind"]> = ["row_count"];
export const contractChangeContractChecksOneOf6SeverityValues: ReadonlyArray<Extract<FlattenedDeepRequired<components>["schemas"]["ContractChange"]["contract"]["checks"], {
    severity: unknown;
}>["severity"]> = ["warn", "fail"];
export const contractChangeContractChecksOneOf7KindValues: ReadonlyArray<Extract<FlattenedDeepRequired<components>["schemas"]["ContractChange"]["contract"]["checks"], {
    kind: unknown;
}>["kind"]> = ["freshness"];
export const contractChangeContractChecksOneOf7SeverityValues: ReadonlyArray<Extract<FlattenedDeepRequired<components>["schemas"]["ContractChange"]["contract"]["checks"], {
    severity: unknown;
}>["severity"]> = ["warn", "fail"];
export const contractChangeContractChecksOneOf8KindValues: ReadonlyArray<Extract<FlattenedDeepRequired<components>["schemas"]["ContractChange"]["contract"]["checks"], {
    kind: unknown;
}>["kind"]> = ["schema_drift"];
export const contractChangeContractChecksOneOf8ExtraColumnsValues: ReadonlyArray<Extract<FlattenedDeepRequired<components>["schemas"]["ContractChange"]["contract"]["checks"], {
    extraColumns: unknown;
}>["extraColumns"]> = ["ignore", "drift"];
export const contractChangeContractChecksOneOf8SeverityValues: ReadonlyArray<Extract<FlattenedDeepRequired<components>["schemas"]["ContractChange"]["contract"]["checks"], {
    severity: unknown;
}>["severity"]> = ["warn", "fail"];
export const contractPreviewColumnsChangeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ContractPreview"]["columns"]["change"]> = ["added", "removed", "changed"];
export const promotionRequestFromValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PromotionRequest"]["from"]> = ["landing", "bronze", "silver", "gold"];
export const promotionRequestToValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PromotionRequest"]["to"]> = ["bronze", "silver", "gold"];
export const dataVersionStageValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DataVersion"]["stage"]> = ["landing", "bronze", "silver", "gold"];
export const dataVersionInputsStageValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DataVersion"]["inputs"]["stage"]> = ["landing", "bronze", "silver", "gold"];
export const dataVersionEngineValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DataVersion"]["engine"]> = ["duckdb", "athena"];
export const insightsDeliveryEnvironmentValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Insights"]["delivery"]["environment"]> = ["production"];
export const costReportCurrencyValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CostReport"]["currency"]> = ["USD"];
export const costReportBudgetForecastMethodValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CostReport"]["budget"]["forecastMethod"]> = ["daily-run-rate"];
export const costReportBudgetCrossedBasisValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CostReport"]["budget"]["crossed"]["basis"]> = ["actual", "forecast"];
export const recommendationKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Recommendation"]["kind"]> = ["idle"];
export const recommendationActionKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Recommendation"]["action"]["kind"]> = ["destroy"];
export const recommendationStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Recommendation"]["status"]> = ["OPEN", "SNOOZED", "DISMISSED", "APPLIED", "RESOLVED"];
export const recommendationHistoryActionValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Recommendation"]["history"]["action"]> = ["opened", "updated", "applied", "dismissed", "snoozed", "reopened", "resolved"];
export const serviceTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Service"]["type"]> = ["service", "website", "library", "data-pipeline", "api", "worker", "other"];
export const serviceLifecycleValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Service"]["lifecycle"]> = ["experimental", "production", "deprecated"];
export const serviceRepositoryProviderValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ServiceRepository"]["provider"]> = ["github"];
export const createServiceTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CreateService"]["type"]> = ["service", "website", "library", "data-pipeline", "api", "worker", "other"];
export const createServiceLifecycleValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CreateService"]["lifecycle"]> = ["experimental", "production", "deprecated"];
export const scorecardRulesLevelValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Scorecard"]["rules"]["level"]> = ["bronze", "silver", "gold"];
export const scorecardRulesStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Scorecard"]["rules"]["status"]> = ["pass", "fail", "not-applicable"];
export const serviceImportResultDocumentsOutcomeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ServiceImportResult"]["documents"]["outcome"]> = ["create", "change", "unchanged", "skipped", "refused"];
export const servicePageDatasetsItemsCurrentStageValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ServicePage"]["datasets"]["items"]["current"]["stage"]> = ["landing", "bronze", "silver", "gold"];
export const servicePageIncidentsOpenStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ServicePage"]["incidents"]["open"]["status"]> = ["OPEN", "AWAITING_APPROVAL", "ACTING", "VERIFYING", "ESCALATED", "RESOLVED"];
export const servicePageIncidentsRecentStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ServicePage"]["incidents"]["recent"]["status"]> = ["OPEN", "AWAITING_APPROVAL", "ACTING", "VERIFYING", "ESCALATED", "RESOLVED"];
export const serviceDescriptorFileNameValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ServiceDescriptor"]["fileName"]> = ["catalog-info.yaml"];
export const servicePatchTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ServicePatch"]["type"]> = ["service", "website", "library", "data-pipeline", "api", "worker", "other"];
export const servicePatchLifecycleValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ServicePatch"]["lifecycle"]> = ["experimental", "production", "deprecated"];
export const pipelinePlanRolesEnvironmentValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PipelinePlan"]["roles"]["environment"]> = ["dev", "staging", "production"];
export const pipelinePlanRolesTemplateValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PipelinePlan"]["roles"]["template"]> = ["github-deploy-role"];
export const pipelinePlanRolesApprovalValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PipelinePlan"]["roles"]["approval"]> = ["required", "not-required"];
export const pipelinePlanEnvironmentsNameValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PipelinePlan"]["environments"]["name"]> = ["dev", "staging", "production"];
export const pipelineEnvironmentsValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Pipeline"]["environments"]> = ["dev", "staging", "production"];
export const pipelineStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Pipeline"]["status"]> = ["SETTING_UP", "AWAITING_MERGE", "ACTIVE", "UPGRADING", "FAILED", "CANCELLED", "CLOSED"];
export const pipelineChangeKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Pipeline"]["change"]["kind"]> = ["setup", "upgrade"];
export const pipelineRolesEnvironmentValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Pipeline"]["roles"]["environment"]> = ["dev", "staging", "production"];
export const pipelineTimelineStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Pipeline"]["timeline"]["status"]> = ["SETTING_UP", "AWAITING_MERGE", "ACTIVE", "UPGRADING", "FAILED", "CANCELLED", "CLOSED"];
export const pipelineRunStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PipelineRun"]["status"]> = ["requested", "pending", "waiting", "queued", "in_progress", "completed"];
export const pipelineRunJobsStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PipelineRun"]["jobs"]["status"]> = ["requested", "pending", "waiting", "queued", "in_progress", "completed"];
export const doraEnvironmentValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Dora"]["environment"]> = ["production"];
export const deploymentStateValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Deployment"]["state"]> = ["pending", "queued", "waiting", "in_progress", "success", "failure", "error", "inactive"];
export const deploymentOutcomeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Deployment"]["outcome"]> = ["success", "failure", "error"];
export const deploymentApprovalStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DeploymentApproval"]["status"]> = ["WAITING", "APPROVED", "REJECTED", "EXPIRED", "REFUSED"];
export const deployFreezeScopeAnyOf0Values: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DeployFreeze"]["scope"]> = ["platform"];
export const webhookDeliveryFactOneOf0KindValues: ReadonlyArray<Extract<FlattenedDeepRequired<components>["schemas"]["WebhookDelivery"]["fact"], {
    kind: unknown;
}>["kind"]> = ["pull-closed"];
export const webhookDeliveryFactOneOf1KindValues: ReadonlyArray<Extract<FlattenedDeepRequired<components>["schemas"]["WebhookDelivery"]["fact"], {
    kind: unknown;
}>["kind"]> = ["run"];
export const webhookDeliveryFactOneOf1StatusValues: ReadonlyArray<Extract<FlattenedDeepRequired<components>["schemas"]["WebhookDelivery"]["fact"], {
    status: unknown;
}>["status"]> = ["requested", "pending", "waiting", "queued", "in_progress", "completed"];
export const webhookDeliveryFactOneOf2KindValues: ReadonlyArray<Extract<FlattenedDeepRequired<components>["schemas"]["WebhookDelivery"]["fact"], {
    kind: unknown;
}>["kind"]> = ["job"];
export const webhookDeliveryFactOneOf2StatusValues: ReadonlyArray<Extract<FlattenedDeepRequired<components>["schemas"]["WebhookDelivery"]["fact"], {
    status: unknown;
}>["status"]> = ["queued", "in_progress", "completed", "waiting", "requested", "pending"];
export const webhookDeliveryFactOneOf3KindValues: ReadonlyArray<Extract<FlattenedDeepRequired<components>["schemas"]["WebhookDelivery"]["fact"], {
    kind: unknown;
}>["kind"]> = ["deployment"];
export const webhookDeliveryFactOneOf3StatusStateValues: ReadonlyArray<Extract<Extract<FlattenedDeepRequired<components>["schemas"]["WebhookDelivery"]["fact"], {
    status: unknown;
}>["status"], {
    state: unknown;
}>["state"]> = ["pending", "queued", "in_progress", "success", "failure", "error", "inactive", "waiting"];
export const webhookDeliveryFactOneOf4KindValues: ReadonlyArray<Extract<FlattenedDeepRequired<components>["schemas"]["WebhookDelivery"]["fact"], {
    kind: unknown;
}>["kind"]> = ["gate-requested"];
export const webhookDeliveryStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["WebhookDelivery"]["status"]> = ["RECEIVED", "PROCESSED", "IGNORED", "FAILED"];
export const webhookReceivedStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["WebhookReceived"]["status"]> = ["accepted", "duplicate", "ignored", "pong"];
