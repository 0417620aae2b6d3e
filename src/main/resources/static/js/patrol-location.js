// Fills the check-in form with the phone's location if the phone allows it; checking in works without it.
document.addEventListener('DOMContentLoaded', function () {
  var form = document.getElementById('check-in-form');
  if (!form || !navigator.geolocation) {
    return;
  }
  var status = document.getElementById('location-status');
  navigator.geolocation.getCurrentPosition(function (position) {
    document.getElementById('latitude').value = position.coords.latitude.toFixed(6);
    document.getElementById('longitude').value = position.coords.longitude.toFixed(6);
    if (status) {
      status.textContent = status.getAttribute('data-found');
    }
  }, function () {
    // refused or unavailable: the check-in simply carries no location
  }, {enableHighAccuracy: true, timeout: 10000, maximumAge: 60000});
});
