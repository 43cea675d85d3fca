document.getElementById('early').config = { locale: 'en', brand: { name: 'Early Wallet' } };
