// The standalone page's own script (not part of the embed): registers the service worker so
// the guide works offline, and offers a new version when one has been downloaded. Switches
// only when the person agrees (or on their next visit).
const banner = document.querySelector('[data-update]');

if ('serviceWorker' in navigator && banner) {
  let switching = false;
  const offer = (worker) => {
    banner.hidden = false;
    banner.querySelector('button').addEventListener('click', () => {
      switching = true;
      worker.postMessage('skip-waiting');
    }, { once: true });
  };
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (switching) location.reload();
  });
  navigator.serviceWorker.register('./sw.js').then((registration) => {
    if (!registration) return; // blocked (some embedded browsers and test harnesses)
    if (registration.waiting && navigator.serviceWorker.controller) offer(registration.waiting);
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing;
      if (!worker) return;
      worker.addEventListener('statechange', () => {
        // "installed" with a controller means an update, not the first install.
        if (worker.state === 'installed' && navigator.serviceWorker.controller) offer(worker);
      });
    });
  }, (err) => console.warn('Refund Guide: offline support is unavailable:', err));
}
