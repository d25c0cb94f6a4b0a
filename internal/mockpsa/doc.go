// Package mockpsa is an in-process mock of the Autotask PSA REST API
// (…/ATServicesRest/V1.0/) together with the project's security-administration
// extension. Any Autotask client works against it with only its base URL
// changed; the provider's demo and acceptance tests run on it.
//
// # Serving
//
//	srv := mockpsa.New(mockpsa.Options{})
//	ts := httptest.NewServer(srv) // *Server is an http.Handler
//	ten, _ := srv.CreateTenant(mockpsa.TenantSpec{Name: "acme", Zone: "webservices3", Seed: mockpsa.SeedDemo})
//	creds := ten.Credentials(ts.URL) // BaseURL is the root: clients run zone discovery
//
// or run, err := mockpsa.Start("127.0.0.1:0", opts) and use run.URL and
// run.Close. The standalone command is ./cmd/mockpsa.
//
// # HTTP surface
//
// Paths are case-insensitive.
//
//   - GET /atservicesrest/versioninformation: {"apiVersions":["V1.0","V2.0"]}.
//   - GET /ATServicesRest/V1.0/zoneInformation?user=NAME (no auth; NAME is
//     an API user, the only kind of user that can call the API; API user
//     names are unique across tenants, other resources' only per tenant):
//     {"zoneName","url":"<root>/<zone>/ATServicesRest/","webUrl","ci"}; an
//     unknown user gets 500 {"errors":["Zone information could not be
//     determined"]}. V2.0/zoneInformation is 404, as in the real service.
//   - Entity calls under <root>/<zone>/ATServicesRest/V1.0/ with the headers
//     ApiIntegrationCode, UserName and Secret (ImpersonationResourceId
//     optional): GET {Entity}/{id}; POST {Entity}/query, GET
//     {Entity}/query?search=JSON; POST or GET {Entity}/query/count; POST
//     {Entity}/query/next?paging=… (the page URLs of a POST query); POST
//     {Entity}; PATCH and PUT {Entity} (id in the body); DELETE
//     {Entity}/{id}; GET {Entity}/entityInformation,
//     .../entityInformation/fields and .../entityInformation/userDefinedFields;
//     child calls /Companies/{id}/Contacts[/{id}] (GET, POST, PATCH, PUT;
//     GET and DELETE of one) and /UserDefinedFields/{id}/ListItems[/{id}]
//     (GET, POST, PATCH, PUT; GET of one); GET ThresholdInformation. Which
//     entity takes which method follows Autotask's published description;
//     the rest answer 405.
//
// Answers use Autotask's envelopes: {"item":…}, {"items":[…],"pageDetails":
// {"count","requestCount","prevPageUrl","nextPageUrl"}}, {"queryCount":N},
// {"itemId":N}; errors are {"errors":[…]} with 500 for validation, 404 for a
// missing id, 401 for a wrong secret or a tenant that moved to another
// zone, 500 for an unknown user or integration code, and 405
// {"Message":"The requested resource does not support http method 'X'."}.
// Pages hold at most 500 items (MaxRecords 1..500, default 500); the page
// URLs are absolute and continue by id. After a POST query nextPageUrl and
// prevPageUrl are {Entity}/query/next?paging=…, which takes POST with the
// same query body or with none (paging carries the query and the position;
// a different body is refused) and answers GET with 405, as Autotask does.
// After a GET query (?search=) they are {Entity}/query?search=…&paging=…
// and take GET. PATCH changes only the fields sent
// (userDefinedFields are merged by name); PUT sets every writable field not
// sent to null (permissions to their catalogue floor, booleans to false) but
// keeps write-only fields (secret, password) and create-only ones. Read-only
// fields in a body are ignored; unknown fields are an error.
//
// Entities, as Autotask's documentation and a live entityInformation answer
// describe them (field names, dataType integer/long/string/boolean/
// datetime/decimal, length, isRequired, isReadOnly, isQueryable, picklists
// with string values, label, sortOrder and isSystem, referenceEntityType):
// Resources (query, get, PATCH/PUT; no create or delete through the API:
// out-of-band writes add and remove them). userType is the resource's
// security level — read-only to the API, set out of band as the UI does — and
// its picklist lists every security level of the tenant, system and custom,
// labelled as the UI labels them; licenseType (1 Administrator … 7 API User
// … 9 Co-managed Help Desk) follows the level; resourceType is the string
// Employee or Contractor; emailTypeCode, payrollType, numberFormat,
// dateFormat, timeFormat, locationID, hireDate as on a live database.
// ApiUsers (extension) are the same records: a resource on the API User
// licence, whose securityLevelID is its userType (either side may change
// it); no delete through the API, as for every resource: deactivate with
// isActive false. Companies (isTaskFireActive says whether its contacts may
// hold Taskfire portal levels; no delete), Contacts (isActive is an
// integer, 1 or 0; at the root only query and get, writes and deletes under
// /Companies/{id}/Contacts), ClientPortalUsers (no delete; one per contact;
// contactID and securityLevel integers; password write-only, 5 to 50
// characters without spaces or single quotes, never returned and not
// queryable; dateFormat, timeFormat and numberFormat are picklists with
// defaults; a level is checked when it is assigned: it must be active, and a
// Taskfire level needs a Taskfire-enabled organization),
// UserDefinedFieldDefinitions (no delete; udfType, dataType and
// isEncrypted are fixed after create; only Company and Configuration Item
// fields can be protected, a protected field is never visible in the Client
// Portal, an encrypted one is protected and of type String),
// UserDefinedFieldListItems (udfFieldId, valueForDisplay, valueForExport:
// the items of a List field, created and changed under
// /UserDefinedFields/{id}/ListItems, queried at the root; no delete, an
// item is retired with isActive — which the published description does not
// list — false; a List value on an entity must be an active item),
// SecurityLevels (a level's ID is its userType in Resources: system levels
// keep the IDs of a live database, 10–23 and 25, custom levels take other
// free IDs), ClientPortalSecurityLevels (isActive; the system portal levels
// of the catalogue, Client Portal Basic 1, Advanced 2, Manager 3, Taskfire
// Resource 4, Taskfire Administrator 5, in every tenant; the catalogue's
// portal rules that constrain a value are refused on write, those that only
// flag a setting as without effect are stored as sent),
// ProtectedDataPermissions (one per resource, id = resourceID, created with
// the resource at its license's default from the catalogue),
// SecuritySettings (singleton id 1: SSO or 2FA must be required, the
// strong-password rules, lock-out threshold and release mode are validated
// against the catalogue's ranges, recipients are bare e-mail addresses).
// Permission fields are named and validated from internal/catalog:
// picklists as the integer Option.ID, booleans as JSON booleans, text as
// strings.
//
// Visibility: when the caller's security level (or that of the resource
// named by ImpersonationResourceId) has Organizations: View or Contacts:
// View at None, Companies or Contacts answer as for a restricted Autotask
// user: GET 200 {"item":null}, empty query pages and queryCount 0 — never
// 404, so "not visible" is not "deleted".
//
// API users: each carries one API tracking identifier (integrationCode,
// read-only), set by exactly one of integrationVendor (one of the
// catalogue's integration vendors, e.g. "Rewst": the vendor's identifier,
// the same in every database) or internalIntegrationName (a custom internal
// integration: an identifier generated for the user, kept while it stays
// internal). A write naming one clears the other; a user created with
// neither becomes an internal integration named after its userName. A
// create without secret gets a generated one that is never returned, as the
// UI's Generate Secret; secrets are 8 to 128 characters without spaces.
//
// Write permissions: creates, updates and deletes of Resources and ApiUsers
// need Admin › Resources/Users (admin.manage_resources) on the caller's own
// security level (the impersonated resource's, if any), and those of
// SecurityLevels need Admin › Security Levels
// (admin.manage_security_levels). Otherwise the answer is HTTP 500 with
// {"errors":["The logged in Resource does not have the adequate permissions
// to create this entity type.", "<what is missing, on which level>"]} (verb
// create, update or delete), Autotask's own wording for a refused write;
// 500 rather than 403 so it is never confused with the suspension of the
// hourly budget. Nothing is written. Other entities' writes are not guarded.
// 404, so "not visible" is not "deleted". The extension's entities do the
// same when the caller's level lacks the Admin permission the catalogue
// names for them (catalog.ExtensionEntity.Visibility): SecurityLevels and
// ClientPortalSecurityLevels without Admin › Security Levels, ApiUsers and
// ProtectedDataPermissions without Admin › Resources/Users,
// SecuritySettings without Admin › System Settings.
//
// Extension: TenantSpec.WithoutExtension makes a tenant a PSA that does not
// run the security-administration extension, as a stock Autotask database:
// SecurityLevels, ApiUsers, ClientPortalSecurityLevels,
// ProtectedDataPermissions and SecuritySettings answer 404 {"errors":["No
// HTTP resource was found that matches the request URI."]} for every call
// (after authentication), the documented entities work as usual.
//
// # Limits
//
// Each tenant has a rolling-hour budget of requests (Options.RequestBudget,
// default 10,000; TenantSpec.RequestBudget per tenant). Once usage passes
// half of it, Options.ThrottleDelay is added to every request. At the
// budget the tenant is suspended: every call answers HTTP 403 with
// {"errors":["API request threshold exceeded: …"]} until the oldest requests
// leave the hour; its Retry-After header says in how many seconds a slot
// frees up. 403 was chosen over 429 so that the
// suspension is never confused with the thread limit, which clients retry.
// Suspended calls do not use budget.
//
// Each (integration code, entity endpoint) may have 3 requests in flight
// (Options.ThreadLimit); the next gets 429 {"errors":["API thread threshold
// of 3 threads has been exceeded"]} without Retry-After.
//
// Options.Latency (the command's -latency flag) holds every admitted entity
// call that long before it is served, its thread slot taken, as a real
// PSA's processing time would.
//
// # Faults
//
// Tenant.InjectFault arms a Fault for the tenant's next Count requests that
// match Method, Entity and Op: FaultStatus (answer Status with an optional
// Retry-After), FaultDrop (close the connection, nothing processed),
// FaultLatency (hold the request, keeping its thread slot, until Latency
// passes or ClearFaults is called), FaultCommitThenDrop (process the
// request, then close the connection without answering), FaultSlowAnswer
// (process the request at once, then hold its answer as FaultLatency holds
// a request: a reply overtaken by later writes). From Go, Fault.Release
// ends one fault's holds when it is closed, and Counters.Held says how
// many requests are held, so a test can order held requests without
// timing. Faults apply after authentication, the budget and the thread
// limit.
//
// Op targets one operation, which Method cannot (creates and queries are
// both POSTs): OpCreate (POST {Entity}, POST {Parent}/{id}/{Child}),
// OpUpdate (PATCH, PUT), OpDelete, OpGet (GET {Entity}/{id}), OpQuery
// (query pages, query/next, child lists), OpCount (query/count), OpInfo
// (entityInformation…, ThresholdInformation).
//
// Tenant.SetRandomFaults arms random fault mode: each request that no armed
// fault matches is faulted with probability Rate, the kind drawn uniformly
// from Kinds — RandomThreadLimit (429 with the thread-threshold message, no
// Retry-After), RandomUnavailableRetryAfter (503 with Retry-After),
// RandomUnavailable (503 without), RandomDrop, RandomSlow (held for
// Latency, then served) and RandomLostAnswer (processed, then dropped: a
// create that commits but loses its answer). Operations and Entity confine
// it. The draws come from a generator seeded with Seed, one per admitted
// request, so a run is repeatable as far as the order of concurrent
// requests is. Counters.FaultsByKind counts every fault that fired, armed
// or random. ClearFaults turns random mode off.
//
// # Control API
//
// Under /_mock/, for loopback clients only (others get 403). Bodies and
// answers are JSON; errors are {"errors":[…]}.
//
//	GET    /_mock/tenants                          list tenants (with credentials)
//	POST   /_mock/tenants                          {"name","zone","seed":"demo"|"empty","request_budget","without_extension"} -> 201 tenant + credentials
//	GET    /_mock/tenants/{name}                   one tenant
//	DELETE /_mock/tenants/{name}                   remove it
//	GET    /_mock/tenants/{name}/credentials       {"base_url","username","secret","integration_code"}
//	POST   /_mock/tenants/{name}/zone              {"zone":"webservices5"}: move the tenant
//	PUT    /_mock/tenants/{name}/budget            {"request_budget":N}
//	GET    /_mock/tenants/{name}/counters          Counters; DELETE resets them and the hourly usage
//	GET    /_mock/tenants/{name}/faults            {"faults":[armed…],"random":{…}}; DELETE clears both (and releases held requests)
//	POST   /_mock/tenants/{name}/faults            {"kind":"status|drop|latency|commit_then_drop|slow_answer","status","retry_after",
//	                                                "message","count","method","entity","op","latency":"250ms"}
//	PUT    /_mock/tenants/{name}/faults/random     {"rate":0.2,"seed":7,"kinds":["thread_limit",…],"operations":["create",…],
//	                                                "entity","latency":"100ms","retry_after":"1"}; GET shows it (404 when off); DELETE turns it off
//	GET    /_mock/tenants/{name}/objects/{Entity}       {"items":[…]}
//	POST   /_mock/tenants/{name}/objects/{Entity}       create out of band -> 201 {"itemId"}
//	GET    /_mock/tenants/{name}/objects/{Entity}/{id}  {"item":…}
//	PATCH  /_mock/tenants/{name}/objects/{Entity}/{id}  change out of band
//	DELETE /_mock/tenants/{name}/objects/{Entity}/{id}  delete out of band
//
// Out-of-band writes (control API and Tenant.Create/Patch/Delete) act as
// an administrator in the web UI: they may create Resources and delete
// what the API cannot, and they do not count as requests, but every
// validation rule holds. System security levels and system portal levels
// stay protected unless ?force=true (Go API: the Force option). They name
// picklist values by label, as the web UI shows them, or by number:
// {"crmCompaniesEdit": "All"}, {"userType": "MSP Service Desk"} (a
// resource's level by name), {"copiedFromSecurityLevelID": "Sales
// (system)"}; an unknown label is an error that lists the choices. The REST
// API takes only the numbers, as Autotask does.
//
// # Persistence
//
// With Options.StatePath every change rewrites a JSON snapshot atomically
// (temporary file, fsync, rename); it is loaded at start. Counters, faults
// and hourly usage are not persisted.
//
// # Determinism
//
// Seeds, IDs, secrets and integration codes are derived deterministically
// from the tenant name; the only randomness is random fault mode's, drawn
// from its seed. IDs are large and scattered as in a real database (each
// table steps by a hashed 1..150, now and then by hundreds of thousands:
// resources 29682001, 29682143, …), never consecutive, and differ between
// tenants; custom security levels take free IDs that are not system IDs
// (the demo's first ones fall below 10, as on a recorded live database).
// Records created while seeding carry a fixed creation time.
package mockpsa
