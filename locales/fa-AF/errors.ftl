# Draft translation: not yet checked by a native speaker.
errors-apology = معذرت می‌خواهم، از طرف من یک مشکل پیش آمد. لطفاً چند لحظه بعد دوباره کوشش کنید، یا از /menu استفاده کنید.
