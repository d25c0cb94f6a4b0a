package evaluate

import (
	"fmt"
	"strings"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
)

// Action is something a user does to an object.
type Action int

// Actions.
const (
	ActionView Action = iota + 1
	ActionAdd
	ActionEdit
	ActionDelete
)

var actionNames = [...]string{ActionView: "view", ActionAdd: "add", ActionEdit: "edit", ActionDelete: "delete"}

// Actions lists every action.
func Actions() []Action { return []Action{ActionView, ActionAdd, ActionEdit, ActionDelete} }

// String returns the lower-case name ("view").
func (a Action) String() string {
	if a >= ActionView && a <= ActionDelete {
		return actionNames[a]
	}
	return fmt.Sprintf("Action(%d)", int(a))
}

// ParseAction accepts "view", "add", "edit" or "delete" in any case.
func ParseAction(s string) (Action, error) {
	n := strings.ToLower(strings.TrimSpace(s))
	for _, a := range Actions() {
		if actionNames[a] == n {
			return a, nil
		}
	}
	return 0, fmt.Errorf("evaluate: unknown action %q; use view, add, edit or delete", s)
}

// ObjectKind is a kind of Autotask object that security levels govern.
type ObjectKind int

// Object kinds.
const (
	ObjectProject ObjectKind = iota + 1
	ObjectTemplate
	ObjectTaskNote
	ObjectCharge
	ObjectExpense
	ObjectTicket
	ObjectCompany
	ObjectContact
	ObjectTimeEntry
	ObjectContract
)

var objectNames = [...]struct{ id, label string }{
	ObjectProject:   {"project", "Project"},
	ObjectTemplate:  {"template", "Project template"},
	ObjectTaskNote:  {"task_note", "Task note"},
	ObjectCharge:    {"charge", "Charge"},
	ObjectExpense:   {"expense", "Expense"},
	ObjectTicket:    {"ticket", "Ticket"},
	ObjectCompany:   {"company", "Organization"},
	ObjectContact:   {"contact", "Contact"},
	ObjectTimeEntry: {"time_entry", "Time entry"},
	ObjectContract:  {"contract", "Contract"},
}

// ObjectKinds lists every object kind.
func ObjectKinds() []ObjectKind {
	out := make([]ObjectKind, 0, len(objectNames)-1)
	for k := ObjectProject; k <= ObjectContract; k++ {
		out = append(out, k)
	}
	return out
}

func (k ObjectKind) valid() bool { return k >= ObjectProject && k <= ObjectContract }

// String returns the identifier ("task_note").
func (k ObjectKind) String() string {
	if k.valid() {
		return objectNames[k].id
	}
	return fmt.Sprintf("ObjectKind(%d)", int(k))
}

// Label returns the display name ("Task note").
func (k ObjectKind) Label() string {
	if k.valid() {
		return objectNames[k].label
	}
	return k.String()
}

// ParseObjectKind accepts an identifier such as "project" or "time_entry"
// (spaces and hyphens work as underscores; "organization" means company).
func ParseObjectKind(s string) (ObjectKind, error) {
	n := strings.NewReplacer(" ", "_", "-", "_").Replace(strings.ToLower(strings.TrimSpace(s)))
	if n == "organization" {
		n = "company"
	}
	for _, k := range ObjectKinds() {
		if objectNames[k].id == n {
			return k, nil
		}
	}
	ids := make([]string, 0, len(objectNames))
	for _, k := range ObjectKinds() {
		ids = append(ids, objectNames[k].id)
	}
	return 0, fmt.Errorf("evaluate: unknown object kind %q; use one of %s", s, strings.Join(ids, ", "))
}

// Association is a set of ways a user is connected to an object; "Mine"
// access is granted through them.
type Association uint16

// Associations. The first four are the ways a user is associated with a
// project.
const (
	// AssocTeamMember: member of the project team (team lead included).
	AssocTeamMember Association = 1 << iota
	// AssocDepartmentLead: lead of the department the project belongs to.
	AssocDepartmentLead
	// AssocAccountManager: account manager of the organization, or owner
	// of the opportunity.
	AssocAccountManager
	// AssocWorkgroupLead: lead of a workgroup one of whose members is on
	// the project team.
	AssocWorkgroupLead
	// AssocAccountTeam: on the organization's account team.
	AssocAccountTeam
	// AssocCreatedByMe: the user created the object.
	AssocCreatedByMe
	// AssocAssignedToMe: the user is an assigned resource.
	AssocAssignedToMe
	assocEnd
)

// ProjectAssociations are the four ways a user can be associated with a
// project.
const ProjectAssociations = AssocTeamMember | AssocDepartmentLead | AssocAccountManager | AssocWorkgroupLead

const orgAssociations = AssocAccountManager | AssocAccountTeam

var assocNames = map[Association]struct{ id, label string }{
	AssocTeamMember:     {"team_member", "team member"},
	AssocDepartmentLead: {"department_lead", "department lead"},
	AssocAccountManager: {"account_manager", "account manager or opportunity owner"},
	AssocWorkgroupLead:  {"workgroup_lead", "workgroup lead"},
	AssocAccountTeam:    {"account_team", "account team member"},
	AssocCreatedByMe:    {"created_by_me", "created by me"},
	AssocAssignedToMe:   {"assigned_to_me", "assigned to me"},
}

// each calls f for every association in a, in declaration order.
func (a Association) each(f func(Association)) {
	for b := Association(1); b < assocEnd; b <<= 1 {
		if a&b != 0 {
			f(b)
		}
	}
}

// Names lists the identifiers of the associations in a ("team_member").
func (a Association) Names() []string {
	var out []string
	a.each(func(b Association) { out = append(out, assocNames[b].id) })
	return out
}

// String lists the associations in words ("team member, department lead").
func (a Association) String() string {
	var out []string
	a.each(func(b Association) { out = append(out, assocNames[b].label) })
	if len(out) == 0 {
		return "none"
	}
	return strings.Join(out, ", ")
}

// AssociationNames lists every association identifier.
func AssociationNames() []string { return (assocEnd - 1).Names() }

// ParseAssociation accepts an identifier such as "team_member" (spaces and
// hyphens work as underscores).
func ParseAssociation(s string) (Association, error) {
	n := strings.NewReplacer(" ", "_", "-", "_").Replace(strings.ToLower(strings.TrimSpace(s)))
	for b, nm := range assocNames {
		if nm.id == n {
			return b, nil
		}
	}
	return 0, fmt.Errorf("evaluate: unknown association %q; use one of %s", s, strings.Join(AssociationNames(), ", "))
}

// Object is the object an access question is about, with the user's
// associations to it.
type Object struct {
	Kind         ObjectKind
	Associations Association
	// Internal marks a task note or attachment as internal.
	Internal bool
}

// Decision answers an access question.
type Decision struct {
	Allowed bool
	// Via names what grants access: "All", "Yes", an association such as
	// "team member", "Approve & Post", or "not internal". Empty when denied.
	Via    string
	Reason string
	// Key and Value are the deciding permission and the level's value.
	Key   catalog.Key
	Value catalog.Value
}

// accessRule says which permission decides an (object, action) pair.
type accessRule struct {
	key catalog.Key
	// mine lists the associations that satisfy Mine.
	mine Association
	// approvePost: Approve & Post overrides a denial.
	approvePost bool
	// internalNotes: the key governs internal notes only.
	internalNotes bool
	idx           int
}

const nActions = int(ActionDelete) + 1

var accessTable = map[ObjectKind]*[nActions]*accessRule{
	ObjectProject: {ActionView: {key: catalog.KeyProjectView, mine: ProjectAssociations}, ActionAdd: {key: catalog.KeyProjectAdd},
		ActionEdit: {key: catalog.KeyProjectView, mine: ProjectAssociations}, ActionDelete: {key: catalog.KeyProjectView, mine: ProjectAssociations}},
	ObjectTemplate: {ActionView: {key: catalog.KeyTemplateView, mine: ProjectAssociations}, ActionAdd: {key: catalog.KeyTemplateAdd},
		ActionEdit: {key: catalog.KeyTemplateView, mine: ProjectAssociations}, ActionDelete: {key: catalog.KeyTemplateView, mine: ProjectAssociations}},
	ObjectTaskNote: {ActionView: {key: "projects.view_internal_notes_attachments", internalNotes: true},
		ActionEdit: {key: catalog.KeyTaskNotesEdit, mine: AssocCreatedByMe}, ActionDelete: {key: catalog.KeyTaskNotesDelete, mine: AssocCreatedByMe}},
	ObjectCharge: {ActionView: {key: catalog.KeyChargesExpensesView, mine: AssocCreatedByMe, approvePost: true}, ActionAdd: {key: catalog.KeyChargesAdd, approvePost: true},
		ActionEdit: {key: catalog.KeyChargesExpensesEdit, mine: AssocCreatedByMe, approvePost: true}, ActionDelete: {key: catalog.KeyChargesExpensesDelete, mine: AssocCreatedByMe, approvePost: true}},
	ObjectExpense: {ActionView: {key: catalog.KeyChargesExpensesView, mine: AssocCreatedByMe, approvePost: true}, ActionAdd: {key: catalog.KeyExpensesAdd, approvePost: true},
		ActionEdit: {key: catalog.KeyChargesExpensesEdit, mine: AssocCreatedByMe, approvePost: true}, ActionDelete: {key: catalog.KeyChargesExpensesDelete, mine: AssocCreatedByMe, approvePost: true}},
	ObjectTicket: {ActionView: {key: catalog.KeyTicketsView, mine: AssocAssignedToMe}, ActionAdd: {key: "service_desk.tickets_add"},
		ActionEdit: {key: "service_desk.tickets_edit", mine: AssocAssignedToMe}},
	ObjectCompany: {ActionView: {key: catalog.KeyCompaniesView, mine: orgAssociations}, ActionAdd: {key: "crm.companies_add"},
		ActionEdit: {key: "crm.companies_edit", mine: orgAssociations}},
	ObjectContact: {ActionView: {key: "crm.contacts_view", mine: orgAssociations}, ActionAdd: {key: "crm.contacts_add"},
		ActionEdit: {key: "crm.contacts_edit", mine: orgAssociations}},
	ObjectTimeEntry: {ActionAdd: {key: "timesheets.time_entries_create"},
		ActionEdit: {key: "timesheets.time_entries_edit", mine: AssocCreatedByMe}, ActionDelete: {key: "timesheets.time_entries_delete", mine: AssocCreatedByMe}},
	ObjectContract: {ActionView: {key: catalog.KeyContractsView, mine: orgAssociations}, ActionAdd: {key: "contracts.manage_contracts"},
		ActionEdit: {key: "contracts.manage_contracts"}},
}

// removableMine lists, in catalogue order, the indexes of permissions whose
// Mine rests on associations other than authorship.
var removableMine []int

func buildAccess() {
	removable := make([]bool, len(perms))
	for _, row := range accessTable {
		for _, ar := range row {
			if ar == nil {
				continue
			}
			i, ok := permIdx[ar.key]
			if !ok {
				panic("evaluate: access table names unknown permission " + string(ar.key))
			}
			ar.idx = i
			if ar.mine&^AssocCreatedByMe != 0 {
				removable[i] = true
			}
		}
	}
	for i, ok := range removable {
		if ok {
			removableMine = append(removableMine, i)
		}
	}
}

func lookupAccess(k ObjectKind, a Action) *accessRule {
	row, ok := accessTable[k]
	if !ok || a < ActionView || a > ActionDelete {
		return nil
	}
	return row[a]
}

// Supported reports whether a catalogued permission governs action on
// objects of kind k.
func Supported(k ObjectKind, action Action) bool { return lookupAccess(k, action) != nil }

// levelValue reads p from level, falling back to the floor when the value
// is missing or not allowed.
func levelValue(level catalog.Settings, p *perm) catalog.Value {
	if v, ok := level[p.Key]; ok && valid(p.Permission, v) {
		return v
	}
	return p.Floor
}

// Can decides whether a user on a level with the given effective settings
// may perform action on obj. All allows; Mine allows only through one of
// the associations that count for the object (the Decision names it);
// None denies even an associated user. For charges and expenses, Approve &
// Post overrides a denial. Settings missing from level count as their
// least-privileged value.
func Can(level catalog.Settings, action Action, obj Object) Decision {
	ar := lookupAccess(obj.Kind, action)
	if ar == nil {
		return Decision{Reason: "No catalogued permission governs " + action.String() + " on " + obj.Kind.Label() + " objects; access cannot be decided from the security level."}
	}
	p := perms[ar.idx]
	v := levelValue(level, p)
	d := Decision{Key: p.Key, Value: v}
	what := p.quoted + " is " + quote(string(v))
	switch {
	case ar.internalNotes && !obj.Internal:
		d.Allowed, d.Via = true, "not internal"
		d.Reason = "The note is not internal; anyone who can open the task sees it."
	case ar.internalNotes && obj.Associations&AssocCreatedByMe != 0:
		d.Allowed, d.Via = true, assocNames[AssocCreatedByMe].label
		d.Reason = "Users always see internal notes they wrote themselves."
	case p.Kind == catalog.KindAccess:
		switch v {
		case catalog.All:
			d.Allowed, d.Via, d.Reason = true, "All", what+": every object of this kind."
		case catalog.Mine:
			if a := obj.Associations & ar.mine; a != 0 {
				var first Association
				a.each(func(b Association) {
					if first == 0 {
						first = b
					}
				})
				d.Allowed, d.Via = true, assocNames[first].label
				d.Reason = what + " and the user is associated as " + a.String() + "."
			} else {
				d.Reason = what + " and the user has none of the associations that count: " + ar.mine.String() + "."
			}
		default:
			d.Reason = what + ": denied"
			if a := obj.Associations & ar.mine; a != 0 {
				d.Reason += " even though the user is associated as " + a.String()
			}
			d.Reason += "."
		}
	default:
		if v == catalog.Yes {
			d.Allowed, d.Via, d.Reason = true, "Yes", what+"."
		} else {
			d.Reason = what + ": denied."
		}
	}
	if !d.Allowed && ar.approvePost && levelValue(level, perms[idxApprovePost]) == catalog.Yes {
		d.Allowed, d.Via = true, "Approve & Post"
		d.Reason = "Approve & Post overrides " + what + " for charges and expenses."
	}
	return d
}
