package notify

import (
	"encoding/json"
	"strings"
	"text/template"

	"github.com/b40-network/workspace/internal/i18n"
)

// Kinds of notification and mail. The texts of each, in every language the app speaks, are in
// catalog below; the audiences, in rules (notify.go).
const (
	KindProposalSubmitted    = "PROPOSAL_SUBMITTED"
	KindProposalDecided      = "PROPOSAL_DECIDED"
	KindProposalEndorsed     = "PROPOSAL_ENDORSED"
	KindPracticeAdopted      = "PRACTICE_ADOPTED"
	KindApplicationSubmitted = "APPLICATION_SUBMITTED"
	KindApplicationDecided   = "APPLICATION_DECIDED"
	KindInvitation           = "INVITATION"
	KindPasswordReset        = "PASSWORD_RESET"
	KindElectionOpened       = "ELECTION_OPENED"
	KindCandidacyDeclared    = "CANDIDACY_DECLARED"
	KindElectionResult       = "ELECTION_RESULT"
	KindAnnualReportFinal    = "ANNUAL_REPORT_FINALIZED"
	KindMeetingScheduled     = "MEETING_SCHEDULED"
	KindMinutesPublished     = "MINUTES_PUBLISHED"
	// Reminders the statute implies, raised by the periodic scan (reminders.go).
	KindMeetingDue          = "MEETING_DUE"
	KindMeetingOverdue      = "MEETING_OVERDUE"
	KindIndicatorDue        = "INDICATOR_DUE"
	KindImplementationStale = "IMPLEMENTATION_STALE"
	KindAgendaCall          = "MEETING_AGENDA_CALL"
	KindMeetingSoon         = "MEETING_TOMORROW"
	KindMinutesPending      = "MINUTES_PENDING"
)

// Locales the catalogue speaks; the first is the fallback.
var Locales = []string{"en", "tr"}

// text is one kind's title (also the mail's subject) and body, as templates over the event's
// parameters (strings).
type text struct{ Title, Body string }

// catalog follows the network's glossary in Turkish: practice = iyi uygulama, implementation =
// uygulamaya koyma, recommendation = tavsiye, proposal = öneri, working group = çalışma grubu,
// presidency = dönem başkanlığı.
var catalog = map[string]map[string]text{
	KindProposalSubmitted: {
		"en": {`New proposal: {{.title}}`, `{{.city}} submitted the proposal “{{.title}}”. It awaits review by the secretariat or the presidency.`},
		"tr": {`Yeni öneri: {{.title}}`, `{{.city}} “{{.title}}” önerisini sundu. Öneri, sekretarya ya da dönem başkanlığı tarafından incelenmeyi bekliyor.`},
	},
	KindProposalDecided: {
		"en": {`Proposal {{if eq .decision "ACCEPTED"}}accepted{{else if eq .decision "DECLINED"}}declined{{else}}under review{{end}}: {{.title}}`,
			`The proposal “{{.title}}” of {{.city}} was {{if eq .decision "ACCEPTED"}}accepted{{else if eq .decision "DECLINED"}}declined{{else}}taken under review{{end}}.{{if .note}} Note: {{.note}}{{end}}`},
		"tr": {`Öneri {{if eq .decision "ACCEPTED"}}kabul edildi{{else if eq .decision "DECLINED"}}reddedildi{{else}}incelemede{{end}}: {{.title}}`,
			`{{.city}} şehrinin “{{.title}}” önerisi {{if eq .decision "ACCEPTED"}}kabul edildi{{else if eq .decision "DECLINED"}}reddedildi{{else}}incelemeye alındı{{end}}.{{if .note}} Not: {{.note}}{{end}}`},
	},
	KindProposalEndorsed: {
		"en": {`{{.endorser}} endorsed your proposal`, `{{.endorser}} endorsed the proposal “{{.title}}” of {{.city}}.`},
		"tr": {`{{.endorser}} önerinizi destekledi`, `{{.endorser}}, {{.city}} şehrinin “{{.title}}” önerisini destekledi.`},
	},
	KindPracticeAdopted: {
		"en": {`{{.adopter}} adopted your practice`, `{{.adopter}} adopted the practice “{{.title}}” of {{.city}} and started an implementation of it.`},
		"tr": {`{{.adopter}} iyi uygulamanızı benimsedi`, `{{.adopter}}, {{.city}} şehrinin “{{.title}}” iyi uygulamasını benimsedi ve uygulamaya koyma sürecini başlattı.`},
	},
	KindApplicationSubmitted: {
		"en": {`New membership application: {{.city}}`, `{{.city}} ({{.country}}) applied to join the network. The application awaits the secretariat's review.`},
		"tr": {`Yeni üyelik başvurusu: {{.city}}`, `{{.city}} ({{.country}}) ağa katılmak için başvurdu. Başvuru sekretaryanın incelemesini bekliyor.`},
	},
	KindApplicationDecided: {
		"en": {`Your membership application: {{.city}}`,
			`{{if eq .decision "APPROVED"}}The application of {{.city}} to join the B40 network was approved. Welcome! An invitation to the workspace follows in a separate message.{{else}}The application of {{.city}} to join the B40 network was not approved.{{end}}{{if .note}} Note: {{.note}}{{end}}`},
		"tr": {`Üyelik başvurunuz: {{.city}}`,
			`{{if eq .decision "APPROVED"}}{{.city}} şehrinin B40 ağına üyelik başvurusu kabul edildi. Hoş geldiniz! Çalışma alanına davet ayrı bir iletiyle gelecek.{{else}}{{.city}} şehrinin B40 ağına üyelik başvurusu kabul edilmedi.{{end}}{{if .note}} Not: {{.note}}{{end}}`},
	},
	KindElectionOpened: {
		"en": {`Presidency election open: {{.year}}`, `The election of the {{.year}} presidency is open at the {{.summit}} summit. Member cities may declare their candidacy.`},
		"tr": {`{{.year}} dönem başkanlığı seçimi açıldı`, `{{.year}} dönem başkanlığı seçimi {{.summit}} zirvesinde açıldı. Üye şehirler adaylıklarını bildirebilir.`},
	},
	KindCandidacyDeclared: {
		"en": {`{{.city}} stands for the {{.year}} presidency`, `{{.city}} declared its candidacy in the election of the {{.year}} presidency.`},
		"tr": {`{{.city}}, {{.year}} dönem başkanlığına aday`, `{{.city}}, {{.year}} dönem başkanlığı seçiminde adaylığını bildirdi.`},
	},
	KindElectionResult: {
		"en": {`{{if .winner}}{{.winner}} elected to the {{.year}} presidency{{else}}Runoff for the {{.year}} presidency{{end}}`,
			`{{if .winner}}{{.winner}} won the election of the {{.year}} presidency and hosts that year's summit.{{else}}No city led alone: a runoff round among the tied cities is open.{{end}}`},
		"tr": {`{{if .winner}}{{.winner}}, {{.year}} dönem başkanlığına seçildi{{else}}{{.year}} dönem başkanlığı için ikinci tur{{end}}`,
			`{{if .winner}}{{.winner}}, {{.year}} dönem başkanlığı seçimini kazandı ve o yılın zirvesine ev sahipliği yapacak.{{else}}Hiçbir şehir tek başına önde değil: eşit oy alan şehirler arasında ikinci tur açıldı.{{end}}`},
	},
	KindAnnualReportFinal: {
		"en": {`The {{.year}} annual report is final`, `The secretariat finalised the network's {{.year}} annual report. Read it in the app.`},
		"tr": {`{{.year}} yıllık raporu kesinleşti`, `Sekretarya ağın {{.year}} yıllık raporunu kesinleştirdi. Raporu uygulamada okuyabilirsiniz.`},
	},
	KindMeetingScheduled: {
		"en": {`{{.group}} meets on {{.startsAt}}`, `The working group {{.group}} meets on {{.startsAt}}{{if .location}} in {{.location}}{{end}}{{if .online}} (online too){{end}}.`},
		"tr": {`{{.group}} toplantısı: {{.startsAt}}`, `{{.group}} çalışma grubu {{.startsAt}} tarihinde toplanıyor{{if .location}} ({{.location}}){{end}}{{if .online}} (çevrim içi de){{end}}.`},
	},
	KindMinutesPublished: {
		"en": {`Minutes of {{.group}}, {{.startsAt}}`, `The minutes of the {{.group}} meeting of {{.startsAt}} are published.`},
		"tr": {`{{.group}} toplantı tutanağı, {{.startsAt}}`, `{{.group}} çalışma grubunun {{.startsAt}} tarihli toplantısının tutanağı yayımlandı.`},
	},
	KindMeetingDue: {
		"en": {`{{.group}}: quarterly meeting due by {{.due}}`, `The working group {{.group}} last met on {{.last}}. Groups meet every three months (R4.4): its next regular meeting is due by {{.due}}, and none is scheduled yet.`},
		"tr": {`{{.group}}: üç aylık toplantının son tarihi {{.due}}`, `{{.group}} çalışma grubu en son {{.last}} tarihinde toplandı. Çalışma grupları üç ayda bir toplanır (R4.4): bir sonraki olağan toplantının son tarihi {{.due}} ve henüz planlanmış bir toplantı yok.`},
	},
	KindMeetingOverdue: {
		"en": {`{{.group}}: quarterly meeting overdue`, `The working group {{.group}} last met on {{.last}}; its quarterly meeting was due by {{.due}} (R4.4). Schedule the next one.`},
		"tr": {`{{.group}}: üç aylık toplantı gecikti`, `{{.group}} çalışma grubu en son {{.last}} tarihinde toplandı; üç aylık toplantısının son tarihi {{.due}} idi (R4.4). Bir sonraki toplantıyı planlayın.`},
	},
	KindIndicatorDue: {
		"en": {`Measurement due: {{.indicator}}`, `The indicator “{{.indicator}}” has a target for the {{.year}} term, to be measured by {{.due}}, and no measurement of that term yet.`},
		"tr": {`Ölçüm zamanı: {{.indicator}}`, `“{{.indicator}}” göstergesinin {{.year}} dönemi için bir hedefi var; {{.due}} tarihine kadar ölçülmesi gerekiyor ve o döneme ait henüz bir ölçüm yok.`},
	},
	KindImplementationStale: {
		"en": {`No update for 90 days: {{.title}}`, `The implementation “{{.title}}” of {{.city}} has had no progress update since {{.last}}. Record where it stands.`},
		"tr": {`90 gündür güncelleme yok: {{.title}}`, `{{.city}} şehrinin “{{.title}}” hayata geçirme çalışması {{.last}} tarihinden beri güncellenmedi. Son durumu kaydedin.`},
	},
	KindAgendaCall: {
		"en": {`{{.group}} meets on {{.startsAt}}: add to the agenda`, `The working group {{.group}} meets on {{.startsAt}}. Members can add items to its agenda until the meeting starts.`},
		"tr": {`{{.group}} {{.startsAt}} tarihinde toplanıyor: gündeme madde ekleyin`, `{{.group}} çalışma grubu {{.startsAt}} tarihinde toplanıyor. Üyeler toplantı başlayana kadar gündeme madde ekleyebilir.`},
	},
	KindMeetingSoon: {
		"en": {`Tomorrow: {{.group}} meets at {{.startsAt}}`, `The working group {{.group}} meets on {{.startsAt}}. The agenda, the place or the online link are on the meeting's page.`},
		"tr": {`Yarın: {{.group}} toplantısı, {{.startsAt}}`, `{{.group}} çalışma grubu {{.startsAt}} tarihinde toplanıyor. Gündem, yer ya da çevrim içi bağlantı toplantının sayfasında.`},
	},
	KindMinutesPending: {
		"en": {`Minutes not yet approved: {{.group}}, {{.startsAt}}`, `The minutes of the {{.group}} meeting of {{.startsAt}} are not approved {{.days}} days after it. Approve them so the meeting counts for the group's quarterly rhythm (R4.4).`},
		"tr": {`Tutanak henüz onaylanmadı: {{.group}}, {{.startsAt}}`, `{{.group}} çalışma grubunun {{.startsAt}} tarihli toplantısının tutanağı, toplantıdan {{.days}} gün sonra hâlâ onaylanmadı. Toplantının üç aylık düzende sayılması için tutanağı onaylayın (R4.4).`},
	},
	KindInvitation: {
		"en": {`Your invitation to the B40 Workspace`, `You are invited to the B40 Workspace{{if .city}} as {{.role}} of {{.city}}{{else}} as {{.role}}{{end}}. Open the link to accept; it is valid for 14 days.`},
		"tr": {`B40 Çalışma Alanı'na davetiniz`, `B40 Çalışma Alanı'na{{if .city}} {{.city}} için {{.role}} olarak{{else}} {{.role}} olarak{{end}} davet edildiniz. Daveti kabul etmek için bağlantıyı açın; bağlantı 14 gün geçerlidir.`},
	},
	KindPasswordReset: {
		"en": {`Reset your B40 Workspace password`, `Someone (we hope you) asked to reset the password of this account. Open the link to choose a new one; it works once, within one hour. If it was not you, ignore this message: your password stays as it is.`},
		"tr": {`B40 Çalışma Alanı parolanızı sıfırlayın`, `Bu hesabın parolasının sıfırlanması istendi (umarız sizin tarafınızdan). Yeni bir parola seçmek için bağlantıyı açın; bağlantı bir saat içinde ve yalnızca bir kez kullanılabilir. İstek sizden gelmediyse bu iletiyi yok sayın: parolanız değişmez.`},
	},
}

// labels name each kind of notification (the headings of a digest, the preferences).
var labels = map[string]map[string]string{
	KindProposalSubmitted:    {"en": "Proposals submitted", "tr": "Sunulan öneriler"},
	KindProposalDecided:      {"en": "Proposals decided", "tr": "Karara bağlanan öneriler"},
	KindProposalEndorsed:     {"en": "Endorsements", "tr": "Destekler"},
	KindPracticeAdopted:      {"en": "Practices adopted", "tr": "Benimsenen iyi uygulamalar"},
	KindApplicationSubmitted: {"en": "Membership applications", "tr": "Üyelik başvuruları"},
	KindElectionOpened:       {"en": "Elections opened", "tr": "Açılan seçimler"},
	KindCandidacyDeclared:    {"en": "Candidacies", "tr": "Adaylıklar"},
	KindElectionResult:       {"en": "Election results", "tr": "Seçim sonuçları"},
	KindAnnualReportFinal:    {"en": "Annual reports", "tr": "Yıllık raporlar"},
	KindMeetingScheduled:     {"en": "Meetings scheduled", "tr": "Planlanan toplantılar"},
	KindMinutesPublished:     {"en": "Minutes published", "tr": "Yayımlanan tutanaklar"},
	KindMeetingDue:           {"en": "Quarterly meetings due", "tr": "Yaklaşan üç aylık toplantılar"},
	KindMeetingOverdue:       {"en": "Quarterly meetings overdue", "tr": "Geciken üç aylık toplantılar"},
	KindIndicatorDue:         {"en": "Measurements due", "tr": "Zamanı gelen ölçümler"},
	KindImplementationStale:  {"en": "Implementations without updates", "tr": "Güncellenmeyen hayata geçirme çalışmaları"},
	KindAgendaCall:           {"en": "Calls for agenda items", "tr": "Gündem maddesi çağrıları"},
	KindMeetingSoon:          {"en": "Meetings tomorrow", "tr": "Yarınki toplantılar"},
	KindMinutesPending:       {"en": "Minutes awaiting approval", "tr": "Onay bekleyen tutanaklar"},
}

// KindLabel names a kind in locale (the kind itself when unknown).
func KindLabel(kind, locale string) string {
	l, ok := labels[kind]
	if !ok {
		return kind
	}
	if s, ok := l[Normalize(locale)]; ok {
		return s
	}
	return l[Locales[0]]
}

var compiled = func() map[string]map[string][2]*template.Template {
	out := map[string]map[string][2]*template.Template{}
	for kind, byLocale := range catalog {
		out[kind] = map[string][2]*template.Template{}
		for loc, t := range byLocale {
			out[kind][loc] = [2]*template.Template{
				template.Must(template.New(kind + "." + loc + ".title").Option("missingkey=zero").Parse(t.Title)),
				template.Must(template.New(kind + "." + loc + ".body").Option("missingkey=zero").Parse(t.Body)),
			}
		}
	}
	return out
}()

// Normalize returns locale when the catalogue speaks it, else the fallback.
func Normalize(locale string) string {
	locale = strings.ToLower(strings.TrimSpace(locale))
	if i := strings.IndexAny(locale, "-_"); i > 0 {
		locale = locale[:i]
	}
	for _, l := range Locales {
		if l == locale {
			return l
		}
	}
	return Locales[0]
}

// Localize turns an event's stored parameters into the strings of one reader's language: a
// translatable parameter (an i18n.Text, such as a working group's name) is read in locale.
func Localize(params map[string]any, locale string) map[string]string {
	out := make(map[string]string, len(params))
	for k, v := range params {
		switch t := v.(type) {
		case string:
			out[k] = t
		case nil:
		case map[string]any:
			b, _ := json.Marshal(t)
			var txt i18n.Text
			if json.Unmarshal(b, &txt) == nil && len(txt.Translations) > 0 {
				out[k] = txt.In(Normalize(locale))
			}
		default:
			b, _ := json.Marshal(t)
			out[k] = string(b)
		}
	}
	return out
}

// Render writes a kind's title and body in locale, from the event's parameters.
func Render(kind, locale string, params map[string]string) (title, body string) {
	byLocale, ok := compiled[kind]
	if !ok {
		return kind, ""
	}
	t, ok := byLocale[Normalize(locale)]
	if !ok {
		t = byLocale[Locales[0]]
	}
	if params == nil {
		params = map[string]string{}
	}
	var tb, bb strings.Builder
	if err := t[0].Execute(&tb, params); err != nil {
		return kind, ""
	}
	if err := t[1].Execute(&bb, params); err != nil {
		return tb.String(), ""
	}
	return tb.String(), bb.String()
}
