// Applies the large-font choice before the page paints, so older eyes never see the small text flash first.
if (localStorage.getItem('carenext.largeFont') === '1') {
  document.documentElement.classList.add('large-font');
}
