package provider

// processCaches is everything a provider process remembers between the
// calls Terraform makes to it. Terraform starts one provider process per
// command and per provider configuration, so each cache lives for one
// plan or one apply of one tenant, and every command starts again from
// the PSA. Each cache is safe for concurrent use (Terraform calls
// resources in parallel) and is filled on first use, so a plan that
// never needs one costs no request for it.
//
// providerData embeds it: resources reach each cache by its name
// (r.data.plan, r.data.existing).
type processCaches struct {
	// remote is the PSA as the plan-time rules see it: API-license levels,
	// API users, Terraform's own user and level (psa_view.go).
	remote remoteCache
	// apiUserView is what the API-user rules need besides: user names in
	// use and every API user's tracking identifier (evaluation_api_users.go).
	apiUserView apiUserViewCache
	// review is who holds which portal level, for access reviews of a
	// changed level (access_review.go).
	review accessReviewCache
	// planned counts the objects of limited kinds the plan creates
	// (planned_creates.go).
	planned plannedCreates
	// plan is every object planned so far, as planned, for rules that
	// judge one object by another (plan_registry.go).
	plan planRegistry
	// existing is the natural keys the PSA had, per resource type, for
	// "name taken" checks and adoption (orphans.go).
	existing existingCache
	// connection says each connection problem once per process
	// (connection_problems.go).
	connection connectionProblems
	// usage follows the database's hourly request usage (budget.go).
	usage usageState
}
