package org.resograph.serve.html;

/**
 * The frame of every page: a complete HTML5 document with its title, the site header (home,
 * ontology, SPARQL endpoint, Fuseki UI), the links to the same resource as RDF, and the style
 * sheet inline so a page is one request and needs no script.
 */
final class Layout {
    private Layout() {}

    static final String SPARQL = "/resograph/sparql";
    static final String FUSEKI = "/index.html";

    /**
     * @param title the page title (escaped here)
     * @param rdf the IRI whose RDF the page offers, or null for pages that are no resource
     * @param main the page's content
     */
    static String page(String title, String rdf, Links links, Html main) {
        Html h = new Html();
        h.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .el("title", title + " · ResoGraph").raw("\n");
        if (rdf != null) {
            for (String[] f : Links.FORMATS) {
                h.open("link", "rel", "alternate", "type", mediaType(f[1]), "href", links.rdf(rdf, f[1]), "title", f[0]).raw("\n");
            }
        }
        h.raw("<style>").raw(CSS).raw("</style>\n</head>\n<body>\n");
        h.raw("<header class=\"site\"><div class=\"inner\">")
                .raw("<a class=\"brand\" href=\"/\">ResoGraph</a>")
                .raw("<nav><a href=\"/\">Documents</a><a href=\"/query\">Queries</a><a href=\"/ontology\">Ontology</a>")
                .raw("<a href=\"" + SPARQL + "\">SPARQL endpoint</a><a href=\"" + FUSEKI + "\">Fuseki UI</a></nav>")
                .raw("</div></header>\n<main>\n");
        if (rdf != null) {
            h.raw("<aside class=\"rdf\" aria-label=\"RDF\">RDF: ");
            boolean first = true;
            for (String[] f : Links.FORMATS) {
                if (!first) h.raw(" · ");
                h.a(links.rdf(rdf, f[1]), f[0], "type", mediaType(f[1]));
                first = false;
            }
            h.raw("</aside>\n");
        }
        h.raw(main.toString());
        h.raw("\n</main>\n<footer><div class=\"inner\">ResoGraph: United Nations resolutions as linked data. ")
                .raw("Query everything at the <a href=\"" + SPARQL + "\">SPARQL endpoint</a>.</div></footer>\n</body>\n</html>\n");
        return h.toString();
    }

    static String mediaType(String format) {
        return switch (format) {
            case "ttl" -> "text/turtle";
            case "jsonld" -> "application/ld+json";
            case "nt" -> "application/n-triples";
            default -> "application/rdf+xml";
        };
    }

    /** Readable on a phone and on a wide screen: one text column, a serif for the resolutions' words. */
    static final String CSS = """
            :root{--ink:#1c2330;--muted:#5d6675;--line:#dfe3e8;--accent:#0a58a8;--soft:#f3f5f8;--bg:#fcfcfa;--hi:#fff4c2}
            *{box-sizing:border-box}
            html{-webkit-text-size-adjust:100%}
            body{margin:0;background:var(--bg);color:var(--ink);font:17px/1.6 Georgia,"Iowan Old Style","Times New Roman",serif}
            header.site{background:#0d3b66;color:#fff;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
            header.site .inner{max-width:62rem;margin:0 auto;padding:.65rem 1.25rem;display:flex;flex-wrap:wrap;gap:.4rem 1.4rem;align-items:baseline}
            header.site a{color:#fff;text-decoration:none}
            header.site a:hover{text-decoration:underline}
            header.site .brand{font-weight:700;font-size:1.15rem;letter-spacing:.02em;margin-right:auto}
            header.site nav{display:flex;flex-wrap:wrap;gap:.3rem 1.2rem;font-size:.95rem}
            main{max-width:62rem;margin:0 auto;padding:1rem 1.25rem 3rem}
            footer{border-top:1px solid var(--line);color:var(--muted);font:.85rem/1.5 system-ui,sans-serif}
            footer .inner{max-width:62rem;margin:0 auto;padding:.8rem 1.25rem}
            h1{font-size:1.75rem;line-height:1.25;margin:.6rem 0 .4rem;font-weight:600;clear:right}
            h2{font:600 1.2rem/1.3 system-ui,sans-serif;border-bottom:2px solid var(--line);padding-bottom:.25rem;margin:2.4rem 0 .8rem}
            h3{font:600 1rem/1.3 system-ui,sans-serif;margin:1.5rem 0 .5rem;color:#2f3a4b}
            a{color:var(--accent);text-decoration-thickness:1px;text-underline-offset:2px}
            a:visited{color:#5b3f98}
            .kind{font:600 .78rem/1.4 system-ui,sans-serif;text-transform:uppercase;letter-spacing:.07em;color:var(--muted);margin-top:1rem}
            .sub-title{font-size:1.05rem;color:var(--muted);margin:.2rem 0 1rem}
            .muted{color:var(--muted)}
            .small{font-size:.88rem}
            aside.rdf{float:right;margin:.9rem 0 .5rem 1rem;font:.8rem/1.4 system-ui,sans-serif;color:var(--muted);background:var(--soft);padding:.3rem .6rem;border-radius:4px}
            dl.facts{display:grid;grid-template-columns:minmax(8rem,max-content) 1fr;gap:.3rem 1.2rem;font:.95rem/1.5 system-ui,sans-serif;margin:1rem 0;padding:.8rem 1rem;background:var(--soft);border-radius:6px}
            dl.facts dt{color:var(--muted)}
            dl.facts dd{margin:0}
            nav.toc{display:flex;flex-wrap:wrap;gap:.2rem 1.1rem;font:.9rem/1.5 system-ui,sans-serif;margin:1rem 0}
            .text{margin-top:1rem}
            .acting{font-style:italic;margin:1.2rem 0 .6rem}
            .para{position:relative;padding-left:3.4rem;margin:.7rem 0}
            .para>.num{position:absolute;left:0;width:2.8rem;text-align:right;font:.85rem/1.9 system-ui,sans-serif;color:var(--muted);text-decoration:none}
            .para>.num:hover{text-decoration:underline}
            .para p{margin:0}
            .para .para{padding-left:2.8rem;margin:.4rem 0}
            .para .para>.num{width:2.4rem}
            .annex-heading{font:600 1rem system-ui,sans-serif;margin:1.6rem 0 .4rem}
            a.shared{font:.75rem system-ui,sans-serif;color:#8a5518;background:#fbf1e4;border-radius:3px;padding:0 .3rem;text-decoration:none;white-space:nowrap}
            sup.fn{font:.72rem system-ui,sans-serif;margin-left:.1rem}
            sup.fn a{text-decoration:none}
            sup.fn+sup.fn::before{content:",";margin-right:.1rem}
            ol.footnotes{font-size:.92rem;padding-left:0;list-style:none}
            ol.footnotes li{margin:.4rem 0;padding-left:2.4rem;position:relative}
            ol.footnotes .mark{position:absolute;left:0;width:2rem;text-align:right;color:var(--muted)}
            em.head{font-style:italic}
            a.cite{background:#eef4fb;border-radius:3px;padding:0 .1rem}
            :target{background:var(--hi);border-radius:4px}
            table{border-collapse:collapse;width:100%;font:.92rem/1.45 system-ui,sans-serif;margin:.6rem 0 1rem}
            th,td{text-align:left;vertical-align:top;border-bottom:1px solid var(--line);padding:.4rem .55rem}
            th{background:var(--soft);font-weight:600;color:#2f3a4b}
            th a{text-decoration:none}
            td.words{font-family:Georgia,serif}
            ul.list{padding-left:1.2rem;margin:.4rem 0}
            ul.list li{margin:.25rem 0}
            ul.plain{list-style:none;padding-left:0}
            ul.cols{columns:2 18rem;column-gap:2rem}
            ul.cols li{break-inside:avoid}
            blockquote.official{margin:1rem 0;padding:.8rem 1.1rem;border-left:4px solid #19a0d8;background:#eef8fd;font-size:1.1rem}
            details{margin:.6rem 0}
            summary{cursor:pointer;font:.95rem system-ui,sans-serif}
            form.search{display:flex;gap:.5rem;margin:1rem 0 1.4rem;font:1rem system-ui,sans-serif}
            form.search input[type=search]{flex:1;padding:.5rem .7rem;font:inherit;border:1px solid #b9c1cc;border-radius:5px}
            form.search button{padding:.5rem 1rem;font:inherit;border:0;border-radius:5px;background:#0d3b66;color:#fff;cursor:pointer}
            .group{margin:.2rem 0 .8rem}
            .tag{display:inline-block;font:600 .72rem/1.5 system-ui,sans-serif;text-transform:uppercase;letter-spacing:.05em;padding:0 .4rem;border-radius:3px;background:#e4ebf3;color:#2f4a68;vertical-align:middle}
            .tag.adopted{background:#dff2e4;color:#1f5b32}
            .term{margin:1.2rem 0 1.6rem;padding-top:.2rem}
            .term h3{margin-bottom:.2rem}
            code{font:.88em ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:var(--soft);padding:0 .2rem;border-radius:3px}
            .scroll{overflow-x:auto}
            pre.sparql{font:.8rem/1.45 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:var(--soft);padding:.7rem .9rem;border-radius:5px;overflow-x:auto;white-space:pre}
            form.params{font:.95rem system-ui,sans-serif;margin:1rem 0;padding:.8rem 1rem;background:var(--soft);border-radius:6px}
            form.params .param{display:grid;grid-template-columns:9rem 16rem 1fr;gap:.6rem;align-items:baseline;margin:.3rem 0}
            form.params input{padding:.35rem .5rem;font:inherit;border:1px solid #b9c1cc;border-radius:4px}
            form.params button{margin-top:.5rem;padding:.4rem 1rem;font:inherit;border:0;border-radius:5px;background:#0d3b66;color:#fff;cursor:pointer}
            .error{color:#8a1c1c;background:#fdecec;padding:.5rem .8rem;border-radius:5px;font-family:system-ui,sans-serif}
            p.query-links{margin-top:-.4rem}
            figure.lineage{margin:1rem 0;overflow-x:auto}
            figure.lineage figcaption{font:.85rem system-ui,sans-serif;color:var(--muted)}
            @media (max-width:40rem){body{font-size:16px}.para{padding-left:2.4rem}.para>.num{width:2rem}dl.facts{grid-template-columns:1fr}form.params .param{grid-template-columns:1fr}aside.rdf{float:none;display:block}}
            """;
}
