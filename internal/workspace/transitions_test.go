package workspace

import (
	"errors"
	"testing"
	"time"

	"github.com/b40-network/workspace/internal/apperr"
)

var now = time.Date(2026, 5, 1, 12, 0, 0, 0, time.UTC)

// code is the userError code of err, or "" for nil.
func code(t *testing.T, err error) apperr.UserErrorCode {
	t.Helper()
	if err == nil {
		return ""
	}
	var ue *apperr.UserError
	if !errors.As(err, &ue) {
		t.Fatalf("not a userError: %v", err)
	}
	return ue.Code
}

func TestProposalTransitions(t *testing.T) {
	const rule = apperr.CodeRuleViolation
	type step func(p *Proposal) error
	submit := func(p *Proposal) error { return p.Submit(now) }
	withdraw := func(p *Proposal) error { return p.Withdraw() }
	review := func(d ReviewDecision) step { return func(p *Proposal) error { return p.Review(d, 7, nil, now) } }
	cases := []struct {
		name string
		from ProposalStatus
		vis  Visibility
		do   step
		want ProposalStatus
		code apperr.UserErrorCode
	}{
		{"submit a draft", ProposalDraft, VisibilityNetwork, submit, ProposalSubmitted, ""},
		{"submit a private draft", ProposalDraft, VisibilityPrivate, submit, ProposalDraft, apperr.CodeInvalid},
		{"submit twice", ProposalSubmitted, VisibilityNetwork, submit, ProposalSubmitted, rule},
		{"withdraw a draft", ProposalDraft, VisibilityNetwork, withdraw, ProposalWithdrawn, ""},
		{"withdraw while submitted", ProposalSubmitted, VisibilityNetwork, withdraw, ProposalWithdrawn, ""},
		{"withdraw under review", ProposalUnderReview, VisibilityNetwork, withdraw, ProposalWithdrawn, ""},
		{"withdraw once accepted", ProposalAccepted, VisibilityNetwork, withdraw, ProposalAccepted, rule},
		{"withdraw once declined", ProposalDeclined, VisibilityNetwork, withdraw, ProposalDeclined, rule},
		{"withdraw twice", ProposalWithdrawn, VisibilityNetwork, withdraw, ProposalWithdrawn, rule},
		{"take under review", ProposalSubmitted, VisibilityNetwork, review(ReviewUnderReview), ProposalUnderReview, ""},
		{"review twice", ProposalUnderReview, VisibilityNetwork, review(ReviewUnderReview), ProposalUnderReview, rule},
		{"accept when submitted", ProposalSubmitted, VisibilityNetwork, review(ReviewAccept), ProposalAccepted, ""},
		{"accept under review", ProposalUnderReview, VisibilityPublic, review(ReviewAccept), ProposalAccepted, ""},
		{"decline under review", ProposalUnderReview, VisibilityNetwork, review(ReviewDecline), ProposalDeclined, ""},
		{"review a draft", ProposalDraft, VisibilityNetwork, review(ReviewAccept), ProposalDraft, rule},
		{"decide twice", ProposalAccepted, VisibilityNetwork, review(ReviewDecline), ProposalAccepted, rule},
		{"review a withdrawn one", ProposalWithdrawn, VisibilityNetwork, review(ReviewUnderReview), ProposalWithdrawn, rule},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := &Proposal{Status: c.from, Visibility: c.vis}
			if got := code(t, c.do(p)); got != c.code {
				t.Errorf("code %q, want %q", got, c.code)
			}
			if p.Status != c.want {
				t.Errorf("status %s, want %s", p.Status, c.want)
			}
		})
	}
}

func TestReviewRecordsTheDecision(t *testing.T) {
	note := "fits the network's priorities"
	p := &Proposal{Status: ProposalUnderReview}
	if err := p.Review(ReviewAccept, 7, &note, now); err != nil {
		t.Fatal(err)
	}
	if p.DecidedAt == nil || !p.DecidedAt.Equal(now) || p.DecidedByUserID == nil || *p.DecidedByUserID != 7 || p.DecisionNote != &note {
		t.Errorf("decision not recorded: %+v", p)
	}
	u := &Proposal{Status: ProposalSubmitted}
	if err := u.Review(ReviewUnderReview, 7, nil, now); err != nil || u.DecidedAt != nil {
		t.Errorf("taking under review is no decision: %v %+v", err, u)
	}
}

func TestOnlyDraftsAreEditableAndOnlyUndecidedOnesEndorsable(t *testing.T) {
	for _, s := range ProposalStatuses {
		p := &Proposal{Status: s}
		if got, want := p.CheckEditable() == nil, s == ProposalDraft; got != want {
			t.Errorf("%s editable: %v", s, got)
		}
		if got, want := p.CheckEndorsable() == nil, s == ProposalSubmitted || s == ProposalUnderReview; got != want {
			t.Errorf("%s endorsable: %v", s, got)
		}
	}
}

func TestImplementationUpdate(t *testing.T) {
	st := func(s ImplementationStatus) *ImplementationStatus { return &s }
	n := func(i int) *int { return &i }
	priv := VisibilityPrivate
	cases := []struct {
		name     string
		from     ImplementationStatus
		progress int
		in       Progress
		want     ImplementationStatus
		wantProg int
		code     apperr.UserErrorCode
	}{
		{"start work", ImplementationPlanned, 0, Progress{Status: st(ImplementationInProgress), Progress: n(20)}, ImplementationInProgress, 20, ""},
		{"progress only", ImplementationInProgress, 20, Progress{Progress: n(60)}, ImplementationInProgress, 60, ""},
		{"complete sets 100", ImplementationInProgress, 60, Progress{Status: st(ImplementationCompleted)}, ImplementationCompleted, 100, ""},
		{"complete at 90", ImplementationInProgress, 60, Progress{Status: st(ImplementationCompleted), Progress: n(90)}, ImplementationInProgress, 60, apperr.CodeInvalid},
		{"suspend keeps progress", ImplementationInProgress, 60, Progress{Status: st(ImplementationSuspended)}, ImplementationSuspended, 60, ""},
		{"suspend and move progress", ImplementationInProgress, 60, Progress{Status: st(ImplementationSuspended), Progress: n(70)}, ImplementationInProgress, 60, apperr.CodeInvalid},
		{"resume", ImplementationSuspended, 60, Progress{Status: st(ImplementationInProgress), Progress: n(65)}, ImplementationInProgress, 65, ""},
		{"give up", ImplementationPlanned, 0, Progress{Status: st(ImplementationNotPursued)}, ImplementationNotPursued, 0, ""},
		{"progress over 100", ImplementationInProgress, 60, Progress{Progress: n(101)}, ImplementationInProgress, 60, apperr.CodeInvalid},
		{"negative progress", ImplementationInProgress, 60, Progress{Progress: n(-1)}, ImplementationInProgress, 60, apperr.CodeInvalid},
		{"unknown status", ImplementationInProgress, 60, Progress{Status: st("DONE")}, ImplementationInProgress, 60, apperr.CodeInvalid},
		{"completed is final", ImplementationCompleted, 100, Progress{Status: st(ImplementationInProgress)}, ImplementationCompleted, 100, apperr.CodeRuleViolation},
		{"not pursued is final", ImplementationNotPursued, 0, Progress{Progress: n(10)}, ImplementationNotPursued, 0, apperr.CodeRuleViolation},
		{"hide it", ImplementationInProgress, 10, Progress{Visibility: &priv}, ImplementationInProgress, 10, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			im := &Implementation{Status: c.from, Progress: c.progress, Visibility: VisibilityNetwork}
			if got := code(t, im.Update(c.in)); got != c.code {
				t.Errorf("code %q, want %q", got, c.code)
			}
			if im.Status != c.want || im.Progress != c.wantProg {
				t.Errorf("now %s at %d, want %s at %d", im.Status, im.Progress, c.want, c.wantProg)
			}
			if c.in.Visibility != nil && c.code == "" && im.Visibility != *c.in.Visibility {
				t.Errorf("visibility %s", im.Visibility)
			}
		})
	}
}

func TestPracticePublishing(t *testing.T) {
	p := &Practice{Status: PracticeDraft}
	if err := p.Unpublish(); code(t, err) != apperr.CodeRuleViolation {
		t.Errorf("unpublished a draft: %v", err)
	}
	if err := p.Publish(now); err != nil || p.Status != PracticePublished || p.PublishedAt == nil {
		t.Fatalf("publish: %v %+v", err, p)
	}
	if err := p.Publish(now); code(t, err) != apperr.CodeRuleViolation {
		t.Errorf("published twice: %v", err)
	}
	if err := p.Unpublish(); err != nil || p.Status != PracticeDraft || p.PublishedAt != nil {
		t.Errorf("unpublish: %v %+v", err, p)
	}
}

func TestVisibilityDefaultsAndRefusesUnknown(t *testing.T) {
	if v, err := checkVisibility(nil, VisibilityNetwork); v != VisibilityNetwork || err != nil {
		t.Errorf("default: %s %v", v, err)
	}
	bad := Visibility("SECRET")
	if _, err := checkVisibility(&bad, VisibilityNetwork); code(t, err) != apperr.CodeInvalid {
		t.Errorf("unknown visibility: %v", err)
	}
}
