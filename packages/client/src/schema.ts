// Generated from the API's OpenAPI document by `npm run generate -w @plinth/client`. Do not edit.
export type paths = {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the function is up (does not touch dependencies) */
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
        /** Where to go next */
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
        /** Who you are: your teams and roles (from your token) and your profile */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change your display name, e-mail or Slack handle */
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
        /** The catalog: what you can provision */
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
        /** One template, with its parameters as JSON Schema and an example request */
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
        /** Your team's requests, newest first */
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
        /** A request: status, plan, policy results, cost, outputs and its timeline */
        get: operations["getProvisioningRequest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Extend the time to live of a succeeded request */
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
        /** Approve the plan you reviewed, quoting its hash (approvers of the team; never your own request) */
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
        /** Reject a request waiting for approval */
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
        /** Stop a running request and delete whatever it made */
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
        /** Run a failed request again; finished steps are skipped and an approval of the same plan is kept */
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
        /** Delete the stack of a request */
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
        /** An incident with its context, guardrail decisions, actions and timeline */
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
        /** Say you are looking at it (developers of the owning team) */
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
        /** Close it by hand; a pending approval is withdrawn and nothing runs */
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
        /** Let the proposed action run (approvers of the owning team; never your own report) */
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
        /** Refuse the proposed action; the incident is escalated */
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
        /** Every runbook: what it answers, its guardrails, its action and undo, its mode */
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
        /** One runbook */
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
        /** Roll a runbook out (shadow → approval → auto, one step at a time) or back (admin) */
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
        /** Guardrail state: kill switch, this hour's budgets, circuit breakers and what they hold back, settings */
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
        /** Turn every runbook to notify-only, or back (admin); takes effect for the next action */
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
        /** Change budgets, cooldown, attempts, breaker thresholds or the approval timeout (admin) */
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
        /** Datasets of a team, newest first */
        get: operations["listDatasets"];
        put?: never;
        /** Register a dataset with its data contract (version 1) */
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
        /** A dataset: its contract, the current version of each stage's partitions, its last runs */
        get: operations["getDataset"];
        put?: never;
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
        /** A new contract version; a breaking change is refused (409) unless `force` is sent by the owner team */
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
        /** What a new contract would change, column by column, and what of it is breaking; nothing is saved */
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
        /** Promotion runs of a dataset, newest first */
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
        /** A promotion run with each partition's result and quality report */
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
        /** The versions of a stage's partition, newest first, with their lineage */
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
        /** Rows the current silver versions set aside: per partition, by check, and where their files are */
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
        /** The set-aside rows of a partition's current silver version, as they arrived, with `_plinth_reasons` */
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
        /** After a contract fix, promote silver again for the partitions that set rows aside (one run) */
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
        /** Point a stage's partition back at an earlier version (one conditional write) */
        post: operations["rollbackStage"];
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
            /** @description Short name; resources are named plinth-<team>-<environment>-<name> */
            name: string;
            /** @description Required when you belong to several teams */
            team?: string;
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
                resourceType: string;
                namespace: string;
                metrics: string[];
                resourceIdPattern?: string;
                tags?: {
                    [key: string]: string;
                };
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
        };
        Dataset: {
            id: string;
            team: string;
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
                    /** @default 18 */
                    precision: number;
                    /** @default 2 */
                    scale: number;
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
                    /** @default 18 */
                    precision: number;
                    /** @default 2 */
                    scale: number;
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
        ContractChange: {
            contract: {
                columns: {
                    name: string;
                    /** @enum {string} */
                    type: "string" | "integer" | "bigint" | "decimal" | "double" | "boolean" | "date" | "timestamp";
                    /** @default true */
                    nullable: boolean;
                    /** @default 18 */
                    precision: number;
                    /** @default 2 */
                    scale: number;
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
                    [name: string]: unknown;
                };
                content: {
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
                    [name: string]: unknown;
                };
                content: {
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
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
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
                "application/json": components["schemas"]["ProfilePatch"];
            };
        };
        responses: {
            /** @description Your updated profile */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description malformed_json */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description version_conflict */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unsupported_media_type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description validation_failed */
            422: {
                headers: {
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
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["TemplateSummary"][];
                    };
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
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
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateDetail"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
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
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProvisioningRequestList"];
                };
            };
            /** @description invalid_parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
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
                "application/json": components["schemas"]["CreateProvisioningRequest"];
            };
        };
        responses: {
            /** @description The plan (dry run): nothing was written */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Plan"];
                };
            };
            /** @description Accepted: the workflow has started; follow Location */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProvisioningRequest"];
                };
            };
            /** @description malformed_json, invalid_parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unsupported_media_type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description validation_failed, policy_violation, idempotency_key_reused */
            422: {
                headers: {
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
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProvisioningRequest"];
                };
            };
            /** @description invalid_parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
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
                "application/json": components["schemas"]["ProvisioningRequestPatch"];
            };
        };
        responses: {
            /** @description The request with its new expiry */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProvisioningRequest"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description version_conflict */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description validation_failed, policy_violation */
            422: {
                headers: {
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
                "application/json": components["schemas"]["ApprovalDecision"];
            };
        };
        responses: {
            /** @description The request after the decision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProvisioningRequest"];
                };
            };
            /** @description invalid_parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description self_approval */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description stale_plan */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description validation_failed */
            422: {
                headers: {
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
                "application/json": components["schemas"]["Rejection"];
            };
        };
        responses: {
            /** @description The request after the decision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProvisioningRequest"];
                };
            };
            /** @description invalid_parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description self_approval */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description stale_plan */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description validation_failed */
            422: {
                headers: {
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
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProvisioningRequest"];
                };
            };
            /** @description invalid_parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflict */
            409: {
                headers: {
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
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProvisioningRequest"];
                };
            };
            /** @description invalid_parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflict */
            409: {
                headers: {
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
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProvisioningRequest"];
                };
            };
            /** @description invalid_parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflict */
            409: {
                headers: {
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
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentList"];
                };
            };
            /** @description invalid_parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
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
                "application/json": components["schemas"]["ManualReport"];
            };
        };
        responses: {
            /** @description An open incident for this alarm and resource already existed; the report was added to it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Incident"];
                };
            };
            /** @description Opened; the remediation workflow has started */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Incident"];
                };
            };
            /** @description malformed_json */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unsupported_media_type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description validation_failed, idempotency_key_reused */
            422: {
                headers: {
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
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Incident"];
                };
            };
            /** @description invalid_parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
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
                "application/json": components["schemas"]["Comment"];
            };
        };
        responses: {
            /** @description The incident after the action */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Incident"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description self_approval */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description validation_failed */
            422: {
                headers: {
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
                "application/json": components["schemas"]["Comment"];
            };
        };
        responses: {
            /** @description The incident after the action */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Incident"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description self_approval */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description validation_failed */
            422: {
                headers: {
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
                "application/json": components["schemas"]["Comment"];
            };
        };
        responses: {
            /** @description The incident after the action */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Incident"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description self_approval */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description validation_failed */
            422: {
                headers: {
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
                "application/json": components["schemas"]["Comment"];
            };
        };
        responses: {
            /** @description The incident after the action */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Incident"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description self_approval */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description validation_failed */
            422: {
                headers: {
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
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunbookList"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
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
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Runbook"];
                };
            };
            /** @description invalid_parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
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
                "application/json": components["schemas"]["RunbookModeChange"];
            };
        };
        responses: {
            /** @description The runbook in its new mode */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Runbook"];
                };
            };
            /** @description malformed_json */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description validation_failed */
            422: {
                headers: {
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
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RemediationStatus"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
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
                "application/json": components["schemas"]["KillSwitchChange"];
            };
        };
        responses: {
            /** @description The kill switch */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KillSwitch"];
                };
            };
            /** @description malformed_json */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description validation_failed */
            422: {
                headers: {
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
                "application/json": components["schemas"]["RemediationSettingsPatch"];
            };
        };
        responses: {
            /** @description The settings now */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RemediationSettings"];
                };
            };
            /** @description malformed_json */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description validation_failed */
            422: {
                headers: {
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
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatasetList"];
                };
            };
            /** @description invalid_parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
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
                "application/json": components["schemas"]["RegisterDataset"];
            };
        };
        responses: {
            /** @description Registered */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dataset"];
                };
            };
            /** @description malformed_json */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unsupported_media_type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description validation_failed */
            422: {
                headers: {
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
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatasetDetail"];
                };
            };
            /** @description invalid_parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
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
                "application/json": components["schemas"]["ContractChange"];
            };
        };
        responses: {
            /** @description The dataset at its new contract version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dataset"];
                };
            };
            /** @description malformed_json */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description version_conflict */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unsupported_media_type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description validation_failed */
            422: {
                headers: {
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
                "application/json": components["schemas"]["ContractChange"];
            };
        };
        responses: {
            /** @description The changes against the current contract */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContractPreview"];
                };
            };
            /** @description malformed_json */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unsupported_media_type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description validation_failed */
            422: {
                headers: {
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
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PromotionList"];
                };
            };
            /** @description invalid_parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
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
                "application/json": components["schemas"]["PromotionRequest"];
            };
        };
        responses: {
            /** @description A replay of the same Idempotency-Key: the first run */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Promotion"];
                };
            };
            /** @description Started */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Promotion"];
                };
            };
            /** @description malformed_json */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unsupported_media_type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description validation_failed */
            422: {
                headers: {
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
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Promotion"];
                };
            };
            /** @description invalid_parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
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
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Promotion"];
                };
            };
            /** @description malformed_json */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unsupported_media_type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description validation_failed */
            422: {
                headers: {
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
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionList"];
                };
            };
            /** @description invalid_parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
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
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuarantineList"];
                };
            };
            /** @description invalid_parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
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
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuarantineRows"];
                };
            };
            /** @description invalid_parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
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
                "application/json": components["schemas"]["Reprocess"];
            };
        };
        responses: {
            /** @description A replay of the same Idempotency-Key: the first run */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Promotion"];
                };
            };
            /** @description Started */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Promotion"];
                };
            };
            /** @description malformed_json */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unsupported_media_type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description validation_failed */
            422: {
                headers: {
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
                "application/json": components["schemas"]["Rollback"];
            };
        };
        responses: {
            /** @description The pointer now */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StagePointer"];
                };
            };
            /** @description malformed_json */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unsupported_media_type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description validation_failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
