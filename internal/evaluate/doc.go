// Package evaluate is the provider's plan-time judge: given the security
// levels, API users, Client Portal levels, protected-data grants and site
// security settings a configuration describes, it reports findings with
// stable rule IDs, and it answers access questions ("can this level edit
// that charge?") the way Autotask decides them.
//
// The package is pure. It does no I/O, knows nothing about Terraform, and
// reads every fact about Autotask (permissions, allowed values, floors,
// system levels and their defaults, licenses, portal rules, integration
// profiles) from package catalog. The same input always yields the same
// findings in the same order.
//
// Rule IDs are grouped by hundreds:
//
//   - AT1xx: constraints Autotask itself enforces (a plan that breaks one
//     would fail or do something other than intended);
//   - AT2xx: least privilege for API users that name an integration profile;
//   - AT3xx: risky grants and privilege-escalation paths;
//   - AT4xx: lock-out of Terraform's own API user and site login policy.
//
// [Rules] lists the catalogue; [Evaluate] runs it; [Effective] computes what
// a level really grants; [Can] and [AccessMatrix] answer access questions.
//
// Paths in findings are relative to the object named by Finding.Address.
// A security-level permission is addressed as [module, name] (for example
// ["projects", "project_view"]); a portal permission as [group, name],
// except those of the "general" group, which are addressed as [name]; other
// attributes by the Attr* constants of this package. Each object type has a
// PathPrefix that is prepended to every path reported for it.
package evaluate
