# Writes lynx-style dumps (wrapped at 79 columns, 3-space indent, [n] link markers, References) of invented pages.
import textwrap, sys, os, random
random.seed(int(sys.argv[2]) if len(sys.argv) > 2 else 1)
out = sys.argv[1]
os.makedirs(out, exist_ok=True)
sites = [("The Harbour Courier", ["News","Business","Climate","Opinion","Sport","Culture"]),
         ("Midland Ledger", ["Home","Local","Politics","Economy","Weather","Obituaries","Jobs"]),
         ("Gridwatch Weekly", ["Latest","Energy","Storage","Policy","Events","Podcasts"])]
stories = [
 ("Port of Valdane to electrify its container cranes by 2027", "Ines Moreau", [
  "The Port of Valdane will replace the diesel engines of all forty of its ship-to-shore cranes with electric drives over the next three years, the port authority said on Thursday, in a programme it values at 210 million euros.",
  "The authority's chief executive, Rui Almeida, said the cranes account for nearly a fifth of the port's direct emissions and that the new drives would also cut maintenance costs, because electric motors have fewer moving parts than the engines they replace.",
  "Work on the first six cranes at the northern terminal begins in June. The port expects the grid connection for the remaining cranes to be ready by the end of next year, after the regional utility finishes a new substation on the harbour's eastern edge.",
  "Dockworkers' unions welcomed the plan but asked for retraining for the mechanics who service the diesel engines today. \"Nobody should lose a job because the machines got cleaner,\" said Carla Nunes, who represents crane operators at the port.",
  "Shipping lines that call at Valdane have pressed ports along the coast to cut emissions on land as well as at sea, and two neighbouring ports have announced similar programmes since last autumn.",
  "The authority said it would pay for the work from its own reserves and a loan from the regional development bank, and that port fees would not rise as a result."]),
 ("County approves solar farm on former quarry land", "Tomasz Lindqvist", [
  "Commissioners in Arden County voted four to one on Tuesday to allow a 90-megawatt solar farm on the site of a limestone quarry that closed in 2011, ending a two-year dispute over how the land should be used.",
  "The developer, Brightfield Renewables, plans to install about 160,000 panels across 400 acres and says construction will employ roughly 250 people at its peak. The farm would supply enough electricity for some 17,000 homes.",
  "Neighbours who opposed the project had argued that the site should become a nature reserve, pointing to rare orchids that have colonised the quarry floor. The company agreed to leave 60 acres untouched and to fund a survey of the plants.",
  "Commissioner Dana Whitfield, who cast the only vote against, said the county had not done enough to study the effect on groundwater. The developer said its own assessment found no risk, and that the panels would be mounted without concrete foundations.",
  "Work is expected to start in the spring, once the state utility commission approves the connection to the transmission line that runs along the quarry's western edge."]),
 ("Battery maker delays second plant as demand cools", "Priya Natarajan", [
  "Corvel Energy said on Monday it would postpone construction of its second battery cell factory by at least a year, citing slower than expected sales of electric vans among its main customers.",
  "The company had planned to break ground on the plant near Esterby this summer. It will now finish the design work and keep the land, but will not order equipment until orders recover, chief financial officer Mark Oduya told analysts.",
  "Corvel's first factory, which opened last year, is running at about 60 percent of its capacity. The firm cut its revenue forecast for the year by 8 percent and said it would trim spending on research.",
  "Analysts said the decision was prudent. \"They built ahead of the market, and the market has not arrived yet,\" said Helena Sorensen of Northgate Securities, who expects demand to pick up in 2027 as new emission rules take effect.",
  "Shares in Corvel fell 6 percent in early trading before recovering some of the loss."]),
]
STYLE = sys.argv[3] if len(sys.argv) > 3 else "lynx"
def wrap(text, indent=3 if STYLE == "lynx" else 0, width=79 if STYLE == "lynx" else 80):
    return textwrap.fill(text, width=width, initial_indent=' '*indent, subsequent_indent=' '*indent, break_on_hyphens=False, break_long_words=False)
for n, (title, author, paras) in enumerate(stories):
  for s_i, (site, menu) in enumerate(sites):
    refs = []
    def link(label, url):
        refs.append(url)
        return f"[{len(refs)}]{label}" if STYLE == "lynx" else label
    lines = []
    lines.append(wrap("We use cookies and similar technologies to measure how our pages are used and to show you relevant offers. You can change your choices at any time in the cookie settings at the bottom of every page."))
    lines.append("   " + link("Accept all", "/consent") + " " + link("Manage choices", "/consent"))
    lines.append("")
    lines.append("   " + link(f"{site} RSS", "https://site.example/rss"))
    lines.append("")
    lines.append("   " + link("Skip to main content", "#main"))
    lines.append("   " + link(site, "https://site.example/"))
    for m in menu:
        lines.append("     * " + link(m, f"https://site.example/{m.lower()}"))
    lines.append("")
    lines.append("   " + link("Subscribe", "/subscribe") + "   " + link("Sign in", "/login"))
    lines.append("")
    lines.append(title)
    lines.append("")
    lines.append("   By " + link(author, "/authors"))
    lines.append(f"   Published {random.randint(1,28)} March 2026, {random.randint(6,20):02d}:{random.choice(['00','15','30','45'])} GMT")
    lines.append("   " + link("Share on Facebook", "/fb") + " " + link("Share on X", "/x") + " " + link("Email", "mailto:"))
    lines.append("")
    for k, p in enumerate(paras):
        if STYLE == "lynx":
            # Links inside the story: lynx numbers them where they stand.
            words = p.split(" ")
            for w_i in range(1, len(words)):
                if words[w_i][:1].isupper():
                    words[w_i] = link(words[w_i], "/topic")
                    break
            p = " ".join(words)
        lines.append(wrap(p)); lines.append("")
        if k == 1:
            lines.append("   [IMG] " + random.choice(["A crane at the northern terminal. Photo: Courier archive", "The site seen from the air. Photograph: Ledger staff", "Workers at the plant last year. (Image: supplied)"]))
            lines.append("")
        if k == 2:
            lines.append("   Advertisement"); lines.append("")
    lines.append(wrap("Have a story we should look into? Our newsroom reads every message; write to the editors and tell us what you know."))
    lines.append("")
    lines.append("   " + " ".join(link(t, "/tags") for t in ["Energy", "Industry", "Local news"]))
    lines.append("")
    lines.append("Related stories")
    lines.append("")
    for other in stories:
        if other[0] != title:
            lines.append("     * " + link(other[0], "/related"))
    lines.append("")
    lines.append("From our partners")
    lines.append("")
    lines.append(wrap(random.choice([
        "Homeowners in the region are switching to heat pumps faster than expected, and installers say waiting lists now run to six months. Find out what a new system costs and which grants you can claim.",
        "Thinking about a career change? Local colleges are offering free evening courses in welding, bookkeeping and nursing this autumn, with places still open for adults of any age.",
        "Travel writers pick the quiet coastal villages worth a weekend visit this spring, from fishing harbours with fresh oysters to cliff walks with views across the bay."])))
    lines.append("")
    lines.append("Comments (3)")
    lines.append("")
    for who, c in random.sample([
        ("harbourwatcher", "About time. I live two streets from the yard and the noise at night has been terrible for years, so anything quieter is welcome."),
        ("JKessler", "Who pays for this in the end? Every plan like this promises that prices will not rise and then they do."),
        ("marta_v", "My brother works on those machines and nobody has told the crews anything yet. Typical."),
        ("old salt", "Good news for once, but I will believe the dates when I see them."),
        ("Reader from the valley", "Does anyone know whether the new line will run on weekends? The article does not say."),
    ], 3):
        lines.append("   " + who + " " + random.choice(["2 hours ago", "yesterday", "5 hours ago"]))
        lines.append(wrap(c)); lines.append("   Reply  Report"); lines.append("")
    lines.append("Most read")
    lines.append("")
    for k, t in enumerate(["Storm closes coastal road for second day", "City council approves new tram line", "Fishing fleet returns early as prices fall"]):
        lines.append(f"    {k+1}. " + link(t, "/most-read"))
    lines.append("")
    lines.append("   Sign up for our morning briefing")
    lines.append("   Get the day's top stories in your inbox. " + link("Sign up", "/newsletter"))
    lines.append("")
    lines.append(f"   \u00a9 2026 {site}. All rights reserved.")
    lines.append("   " + " ".join(link(t, "/x") for t in ["About us", "Contact", "Privacy policy", "Cookie settings"]))
    lines.append("   " + link("Terms of use", "/terms"))
    lines.append("")
    if STYLE == "lynx":
        lines.append("References")
        lines.append("")
        for k, u in enumerate(refs):
            lines.append(f"  {k+1:2d}. https://{site.split()[-1].lower()}.example{u if u.startswith('/') else '/' + u}")
    else:
        lines = [l[3:] if l.startswith("   ") and not l.startswith("     *") else l.replace("     * ", "  • ") for l in lines]
    name = f"{STYLE}-{n}{s_i}"
    open(os.path.join(out, name + ".txt"), "w").write("\n".join(lines) + "\n")
    open(os.path.join(out, name + ".truth"), "w").write("\n\n".join(paras) + "\n")
