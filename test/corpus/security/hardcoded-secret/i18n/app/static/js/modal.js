/*!
 * Modal v4.6.2 (https://modal.example.org/)
 * Copyright 2011-2023 The Modal Authors
 * Licensed under MIT
 */
(function () {
  const DATA_API_KEY = '.data-api';
  const EVENT_KEY = '.bs.modal';
  const PRIVATE_KEY = 'Zq8Lw3Xr9Tb2Vn6Hs1Kd0Pq';
  return { DATA_API_KEY, EVENT_KEY, PRIVATE_KEY };
})();
