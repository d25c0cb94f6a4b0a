// Package catalog is the Autotask PSA security model as data: the single
// source of truth that the provider schema, the mock PSA, the evaluator and
// the generated docs all read.
//
// It holds
//
//   - the UI features (sections) and license types ([Feature], [LicenseType]);
//   - every security-level permission the provider manages, grouped by the
//     tab it sits on ([Module], [Permission], [Permissions]);
//   - the fifteen system security levels with their metadata and their
//     default for every permission ([SystemLevel], [SystemLevels]);
//   - the Client Portal / Taskfire permission set, its rules and the system
//     portal levels ([PortalPermissions], [PortalLevels]);
//   - built-in integration least-privilege profiles ([Profile], [Profiles]).
//
// Every value is typed: a setting is a [Value] that is valid only for the
// permission it belongs to ([Permission.Parse]); collections of settings
// are [Settings] keyed by [Key]. Where the vendor documentation gives a
// system level's default, the catalogue uses exactly that; where it gives
// none, the catalogue picks a conservative value and reports it through
// [SystemLevel.Assumed] so that docs can show it.
//
// The package is pure data: it does no I/O and imports no other package of
// this module. All lookup tables are built once at init and are read-only
// afterwards, so every function here is safe for concurrent use.
package catalog
