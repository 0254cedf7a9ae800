using System.Security.Cryptography;
using System.Text;

namespace ModelStrategy.Bot.Reports.Html;

/// <summary>
/// The report's one style sheet, inline so the page needs nothing else; allowed by its hash in the
/// Content-Security-Policy (no 'unsafe-inline'). Light and dark by prefers-color-scheme, light again in print.
/// Charts use classes only (no style attributes), so their colours follow the scheme too.
/// </summary>
internal static class ReportStyles
{
    public const string Css = """
:root{color-scheme:light dark;--bg:#ffffff;--fg:#1b1f24;--muted:#56606b;--line:#d4dae1;--panel:#f4f6f8;--accent:#0a58a8;--bar:#5a86bd;--off:#a3abb5;--limit:#a14f00;--good:#176c2f;--bad:#a4251c;--warn-bg:#fff3dc;--warn-fg:#5c3600;--warn-line:#d9972e}
@media (prefers-color-scheme: dark){:root{--bg:#12161b;--fg:#e8edf2;--muted:#a7b1bc;--line:#38424d;--panel:#1b2128;--accent:#5ea6ff;--bar:#4c79ad;--off:#5d6772;--limit:#f2a65a;--good:#6fd08c;--bad:#ff8a80;--warn-bg:#2c2213;--warn-fg:#f6dcaa;--warn-line:#9a6a1f}}
*{box-sizing:border-box}
html{font-size:clamp(15px,0.55vw + 9px,20px)}
body{margin:0;background:var(--bg);color:var(--fg);font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;line-height:1.5}
main{max-width:70rem;margin:0 auto;padding:1.5rem 1.5rem 3rem}
h1{font-size:2rem;line-height:1.2;margin:0.2rem 0 0.4rem}
h2{font-size:1.35rem;margin:2.2rem 0 0.6rem;padding-bottom:0.25rem;border-bottom:2px solid var(--line)}
h3{font-size:1.05rem;margin:1.2rem 0 0.4rem}
p,ul{margin:0.4rem 0 0.8rem}
li{margin:0.15rem 0}
a{color:var(--accent)}
.eyebrow{color:var(--muted);font-size:0.9rem;margin:0;text-transform:uppercase;letter-spacing:0.06em}
.confidence{font-weight:600;color:var(--accent);margin:0 0 1rem}
.facts{display:grid;grid-template-columns:repeat(auto-fit,minmax(15rem,1fr));gap:0.75rem;margin:1rem 0}
.fact{background:var(--panel);border:1px solid var(--line);border-radius:8px;padding:0.7rem 0.9rem}
.fact .name{display:block;color:var(--muted);font-size:0.85rem}
.fact .figure{display:block;font-size:1.15rem;font-weight:600}
.fact .note{display:block;color:var(--muted);font-size:0.85rem}
.warnings{background:var(--warn-bg);color:var(--warn-fg);border:1px solid var(--warn-line);border-left-width:6px;border-radius:8px;padding:0.6rem 1rem;margin:1rem 0}
.warnings h2{border:0;margin:0.2rem 0;font-size:1.1rem;color:var(--warn-fg)}
.columns{display:grid;grid-template-columns:1fr 1fr;gap:0 2rem}
@media (max-width: 48rem){.columns{grid-template-columns:1fr}}
.quote{border-left:4px solid var(--line);margin:0.4rem 0 1rem;padding:0.2rem 0.9rem;color:var(--muted);white-space:pre-wrap;overflow-wrap:anywhere}
figure{margin:1rem 0 0.5rem}
figcaption{color:var(--muted);font-size:0.9rem}
svg.chart{display:block;width:100%;height:auto}
.chart text{fill:var(--fg);font-size:14px}
.chart .tick{fill:var(--muted);font-size:13px}
.chart .axis-title{fill:var(--muted);font-size:13px}
.chart .value{font-size:13px}
.chart .detail{fill:var(--muted);font-weight:400}
.chart .two-line{font-size:13px}
.chart .grid{stroke:var(--line);stroke-width:1}
.chart .range,.chart .score,.chart .span{fill:var(--bar)}
.chart .chosen .range,.chart .chosen .score{fill:var(--accent)}
.chart .chosen .label,.chart .chosen .value{font-weight:700}
.chart .ruled-out .range,.chart .ruled-out .score{fill:var(--off)}
.chart .ruled-out .label,.chart .ruled-out .value{fill:var(--muted)}
.chart .p50{stroke:var(--fg);stroke-width:3}
.chart .p50-halo{stroke:var(--bg);stroke-width:7}
.chart .whisker line{stroke:var(--fg);stroke-width:1.5}
.chart .limit line{stroke:var(--limit);stroke-width:2;stroke-dasharray:6 4}
.chart .limit text{fill:var(--limit);font-size:13px;font-weight:600}
.table-wrap{overflow-x:auto;margin:0.6rem 0 1rem}
table.data{border-collapse:collapse;width:100%;font-size:0.92rem}
table.data caption{text-align:left;color:var(--muted);font-size:0.85rem;padding:0.2rem 0}
table.data th,table.data td{border-bottom:1px solid var(--line);padding:0.35rem 0.6rem;text-align:left;vertical-align:top}
table.data thead th{border-bottom:2px solid var(--line);white-space:nowrap}
table.data tbody th{font-weight:600}
table.data .num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
table.data tr.chosen th,table.data tr.chosen td,table.data tr.total th,table.data tr.total td{background:var(--panel);font-weight:700}
table.data tr.assumed td:last-child,table.data tr.stale td:nth-child(5){color:var(--limit);font-weight:600}
table.data tr.disagrees td:last-child{color:var(--bad);font-weight:700}
.path{border:1px solid var(--line);border-radius:8px;padding:0.4rem 1rem 0.6rem;margin:0.8rem 0}
.path.chosen{border:2px solid var(--accent)}
.path h3{margin:0.5rem 0 0.2rem}
.status{color:var(--muted);font-weight:400;font-size:0.9rem}
.blockers{color:var(--bad)}
footer{max-width:70rem;margin:0 auto;padding:1rem 1.5rem 2rem;color:var(--muted);font-size:0.9rem;border-top:1px solid var(--line)}
@media print{
:root{--bg:#ffffff;--fg:#000000;--muted:#3d444c;--line:#b8c0c8;--panel:#f1f3f5;--accent:#0a58a8;--bar:#5a86bd;--off:#a3abb5;--limit:#a14f00;--good:#176c2f;--bad:#a4251c;--warn-bg:#ffffff;--warn-fg:#000000;--warn-line:#a14f00}
html{font-size:11pt}
main{max-width:none;padding:0}
*{print-color-adjust:exact;-webkit-print-color-adjust:exact}
h2,h3{break-after:avoid}
figure,tr,.fact{break-inside:avoid}
.columns{grid-template-columns:1fr 1fr}
footer{display:none}
@page{margin:14mm}
}
""";

    /// <summary>The CSP source that allows exactly this style sheet: 'sha256-…'.</summary>
    public static string CspHash { get; } = "'sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Css))) + "'";
}
