declare namespace App {
  interface Locals {
    /**
     * An entry page's breadcrumb trail, set before Starlight renders the page so that the page
     * title (src/components/PageTitle.astro) can draw it above the heading.
     */
    errorAtlasBreadcrumbs?: import('./catalog/breadcrumbs.ts').Crumb[];
  }
}
