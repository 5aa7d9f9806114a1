/* Kototori bot demo page: a phone-like chat on top of the fake Telegram Bot API (emulator).
 * Plain JS, no build step, no external resources. Never uses innerHTML with server data. */
'use strict';
(() => {
  const POLL_MS = 700;
  const $ = (id) => document.getElementById(id);
  const S = {
    bot: null, users: [], groups: [], config: { advisors: [], personas: [], advisors_chat_id: null },
    userId: null, groupId: null, thread: '0', advisorId: null,
    stores: new Map(), topics: [], unread: {}, cbSince: null,
    tzOff: 0, today: '', tick: 0, personaSig: '', topicSig: '', kbSig: '', kbHidden: null,
  };
  const store = (chatId) => {
    const k = String(chatId);
    if (!S.stores.has(k)) S.stores.set(k, { since: 0, msgs: new Map(), loaded: false });
    return S.stores.get(k);
  };
  const saved = (k, v) => { try { if (v === undefined) return localStorage.getItem('kototori.' + k); localStorage.setItem('kototori.' + k, String(v)); } catch (_) { /* private mode */ } return null; };

  /* ---------- helpers ---------- */
  function h(tag, attrs, ...kids) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v == null || v === false) continue;
      if (k === 'class') e.className = v;
      else if (k === 'text') e.textContent = v;
      else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v === true ? '' : String(v));
    }
    for (const c of kids.flat()) if (c != null && c !== '') e.append(c); // strings become text nodes
    return e;
  }
  async function getJSON(url, opts) {
    const r = await fetch(url, Object.assign({ cache: 'no-store' }, opts));
    const t = await r.text();
    let d = null;
    try { d = t ? JSON.parse(t) : null; } catch (_) { d = null; }
    if (!r.ok) throw new Error((d && (d.error || d.description)) || `${r.status} ${r.statusText}`);
    return d;
  }
  const post = (url, body) => getJSON(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

  function toast(text, kind) {
    if (!text) return;
    const t = h('div', { class: 'toast ' + (kind || ''), 'data-testid': 'toast', 'data-kind': kind || 'info' }, h('span', { dir: 'auto', text }));
    if (kind === 'alert') t.append(h('button', { type: 'button', class: 'toast-close', 'aria-label': 'Close', onclick: () => t.remove() }, '×'));
    $('toasts').append(t);
    setTimeout(() => t.remove(), kind === 'alert' ? 8000 : kind === 'error' ? 5000 : 3500);
  }

  /* ---------- right-to-left detection ---------- */
  const RTL_CHAR = /[\u0590-\u05FF\u0600-\u06FF\u0700-\u07BF\u0750-\u077F\u08A0-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]/;
  const LETTER = /\p{L}/u;
  function isRtl(text) {
    for (const ch of text || '') {
      if (!LETTER.test(ch)) continue; // digits, punctuation, emoji, marks are not strong
      return RTL_CHAR.test(ch);
    }
    return false;
  }
  function applyDir(el, text) {
    el.setAttribute('dir', 'auto');
    if (isRtl(text)) { el.setAttribute('dir', 'rtl'); el.classList.add('rtl'); el.style.textAlign = 'right'; }
    else { el.classList.remove('rtl'); el.style.textAlign = 'left'; }
  }

  /* ---------- safe Telegram-HTML renderer ---------- */
  const SIMPLE = { b: 'b', strong: 'strong', i: 'i', em: 'em', u: 'u', ins: 'u', s: 's', strike: 's', del: 's', code: 'code', pre: 'pre', blockquote: 'blockquote' };
  function safeUrl(href) {
    if (!href || !/^[a-z][a-z0-9+.-]*:/i.test(href.trim())) return null;
    try { const u = new URL(href.trim()); return ['http:', 'https:', 'mailto:', 'tel:', 'tg:'].includes(u.protocol) ? u.href : null; } catch (_) { return null; }
  }
  function spoiler() {
    const sp = h('span', { class: 'spoiler', tabindex: '0', role: 'button', 'aria-label': 'Spoiler, press to reveal', title: 'Spoiler' });
    const reveal = (ev) => { if (!sp.classList.contains('revealed')) { ev.preventDefault(); sp.classList.add('revealed'); sp.removeAttribute('role'); sp.removeAttribute('aria-label'); } };
    sp.addEventListener('click', reveal);
    sp.addEventListener('keydown', (ev) => { if (ev.key === 'Enter' || ev.key === ' ') reveal(ev); });
    return sp;
  }
  function convert(node, out) {
    for (const n of node.childNodes) {
      if (n.nodeType === Node.TEXT_NODE) { out.append(document.createTextNode(n.nodeValue)); continue; }
      if (n.nodeType !== Node.ELEMENT_NODE) continue;
      const tag = n.localName;
      let el = null;
      if (SIMPLE[tag]) el = document.createElement(SIMPLE[tag]);
      else if (tag === 'br') { out.append(document.createElement('br')); continue; }
      else if (tag === 'a') {
        const url = safeUrl(n.getAttribute('href'));
        el = url ? h('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }) : document.createElement('span');
      } else if (tag === 'tg-spoiler' || (tag === 'span' && n.classList.contains('tg-spoiler'))) el = spoiler();
      if (el) { convert(n, el); out.append(el); } else convert(n, out); // unknown tag: keep its text only
    }
  }
  function renderHtml(html, out) {
    const doc = new DOMParser().parseFromString(String(html), 'text/html');
    convert(doc.body, out);
  }

  /* ---------- time ---------- */
  const WD = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const pad = (n) => String(n).padStart(2, '0');
  function setClock(c) {
    const iso = c && c.now;
    if (!iso) return;
    const el = $('clock');
    const m = /^(\d{4})-(\d\d)-(\d\d)[T ](\d\d):(\d\d)(?::\d\d)?[^Z+-]*(Z|[+-]\d\d:?\d\d)?$/.exec(iso);
    el.setAttribute('datetime', iso);
    el.title = iso;
    if (!m) { el.textContent = iso; return; }
    const [, y, mo, d, hh, mm, off] = m;
    S.tzOff = (!off || off === 'Z') ? 0 : (off[0] === '-' ? -1 : 1) * (Number(off.slice(1, 3)) * 60 + Number(off.slice(-2)));
    S.today = `${Number(d)} ${MON[mo - 1]}`;
    const wd = WD[new Date(Date.UTC(+y, mo - 1, +d)).getUTCDay()];
    el.textContent = `${wd} ${Number(d)} ${MON[mo - 1]} ${y}, ${hh}:${mm}`;
  }
  function fmtTime(unix) {
    if (!unix) return '';
    const d = new Date((unix + S.tzOff * 60) * 1000);
    const day = `${d.getUTCDate()} ${MON[d.getUTCMonth()]}`;
    const t = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
    return day === S.today || !S.today ? t : `${day} ${t}`;
  }

  /* ---------- message rendering ---------- */
  const fileUrl = (f) => (f && f.file_id ? `/_emu/files/${encodeURIComponent(f.file_id)}` : null);
  function onImgLoad(ev) {
    const c = ev.target.closest('.chat');
    if (c && c.scrollHeight - c.scrollTop - c.clientHeight < ev.target.clientHeight + 150) c.scrollTop = c.scrollHeight;
  }
  function renderMedia(e) {
    const f = e.file, url = fileUrl(f), isImg = f && /^image\//.test(f.mime_type || '');
    const label = (t) => h('div', { class: 'media-label' }, t);
    const docLink = () => h('a', { class: 'doc', href: url, download: (f && f.file_name) || '', 'data-testid': 'file-link' },
      h('span', { class: 'doc-icon', 'aria-hidden': 'true' }, '📄'), h('span', { dir: 'auto' }, (f && f.file_name) || 'file'));
    switch (e.kind) {
      case 'photo':
        return url ? h('a', { href: url, target: '_blank', rel: 'noopener', class: 'photo-link' },
          h('img', { src: url, alt: e.caption || 'Photo', class: 'photo', onload: onImgLoad })) : label('🖼 Photo');
      case 'sticker': {
        const em = (e.sticker && e.sticker.emoji) || '🙂';
        return url && isImg ? h('img', { src: url, alt: `Sticker ${em}`, class: 'sticker', onload: onImgLoad }) : h('div', { class: 'sticker-emoji', 'aria-label': 'Sticker' }, em);
      }
      case 'voice': case 'audio':
        return h('div', { class: 'voice' }, label(e.kind === 'voice' ? '🎤 Voice message' : '🎵 Audio'),
          url ? h('audio', { controls: true, preload: 'none', src: url }) : null);
      case 'location': {
        const l = e.location || {};
        return label(`📍 Location${l.latitude != null ? ` ${Number(l.latitude).toFixed(4)}, ${Number(l.longitude).toFixed(4)}` : ''}`);
      }
      case 'contact': {
        const c = e.contact || {};
        return label(`👤 Contact${c.first_name ? ': ' + c.first_name : ''}${c.phone_number ? ' ' + c.phone_number : ''}`);
      }
      case 'document': return url ? docLink() : label('📄 File');
      default:
        if (url) return isImg ? h('img', { src: url, alt: e.kind || 'image', class: 'photo', onload: onImgLoad }) : docLink();
        return e.kind && e.kind !== 'text' ? label(`[${e.kind}]`) : null;
    }
  }
  function renderInlineKb(rows, e, ctx) {
    const box = h('div', { class: 'ikb', role: 'group', 'aria-label': 'Message buttons' });
    for (const row of rows) {
      const r = h('div', { class: 'ikb-row' });
      for (const b of row || []) {
        const url = b.url ? safeUrl(b.url) : null;
        if (url) {
          r.append(h('a', { class: 'ikb-btn url', href: url, target: '_blank', rel: 'noopener noreferrer', 'data-testid': 'inline-button', dir: 'auto', title: url }, b.text));
        } else if (b.callback_data != null) {
          r.append(h('button', { type: 'button', class: 'ikb-btn', 'data-testid': 'inline-button', 'data-callback': b.callback_data, dir: 'auto',
            onclick: (ev) => press(ev.currentTarget, ctx, e.message_id, b.callback_data) }, b.text));
        } else {
          r.append(h('button', { type: 'button', class: 'ikb-btn unsupported', 'data-testid': 'inline-button', dir: 'auto',
            onclick: () => toast('This kind of button is not supported in the demo.', 'error') }, b.text));
        }
      }
      box.append(r);
    }
    return box;
  }
  function renderMsg(e, ctx) {
    const fromBot = !!e.from_bot;
    const bubble = h('div', { class: 'bubble ' + (fromBot ? 'bot' : 'user'), 'data-testid': 'bubble', 'data-from': fromBot ? 'bot' : 'user', 'data-message-id': e.message_id });
    if (ctx.group && !fromBot) bubble.append(h('div', { class: 'sender', dir: 'auto' }, (e.from && e.from.first_name) || 'User'));
    const media = renderMedia(e);
    if (media) bubble.append(media);
    const body = h('div', { class: 'text' });
    if (e.html != null && e.html !== '') renderHtml(e.html, body);
    else body.textContent = e.caption || e.text || '';
    if (body.textContent) bubble.append(body);
    applyDir(bubble, body.textContent);
    bubble.append(h('div', { class: 'meta', dir: 'ltr' }, e.edited ? h('span', { class: 'edited', 'data-testid': 'edited' }, '(edited)') : null,
      h('time', { class: 'time' }, fmtTime(e.date))));
    const wrap = h('div', { class: 'msg ' + (fromBot ? 'from-bot' : 'from-user'), 'data-key': `${ctx.chatId}:${e.message_id}`, 'data-seq': e.seq }, bubble);
    const kb = e.reply_markup && e.reply_markup.inline_keyboard;
    if (Array.isArray(kb) && kb.length) wrap.append(renderInlineKb(kb, e, ctx));
    return wrap;
  }
  /* Incremental DOM update: only new/changed messages are (re)built, order is kept by message_id. */
  function reconcile(list, entries, ctx) {
    const old = new Map();
    for (const el of list.children) old.set(el.dataset.key, el);
    let prev = null, added = false;
    for (const e of entries) {
      const key = `${ctx.chatId}:${e.message_id}`;
      let el = old.get(key);
      if (!el) { el = renderMsg(e, ctx); added = true; }
      else if (el.dataset.seq !== String(e.seq)) { const n = renderMsg(e, ctx); el.replaceWith(n); el = n; }
      old.delete(key);
      const want = prev ? prev.nextSibling : list.firstChild;
      if (want !== el) list.insertBefore(el, want);
      prev = el;
    }
    for (const el of old.values()) el.remove();
    return added;
  }
  const sorted = (s) => [...s.msgs.values()].sort((a, b) => a.message_id - b.message_id);
  const tkey = (e) => (e.message_thread_id ? String(e.message_thread_id) : '0');
  const toBottom = (el) => { el.scrollTop = el.scrollHeight; };

  /* ---------- polling ---------- */
  async function pollChat(chatId) {
    const s = store(chatId);
    const list = await getJSON(`/_emu/chats/${encodeURIComponent(chatId)}/messages?since=${s.since}`);
    const fresh = [];
    let changed = !s.loaded;
    for (const e of list || []) {
      if (e.seq > s.since) s.since = e.seq;
      const prev = s.msgs.get(e.message_id);
      if (prev && prev.seq >= e.seq) continue;
      changed = true;
      if (e.deleted) { s.msgs.delete(e.message_id); continue; }
      if (!prev && s.loaded) fresh.push(e);
      s.msgs.set(e.message_id, e);
    }
    const first = !s.loaded;
    s.loaded = true;
    return { changed, fresh, first };
  }
  async function pollCallbacks() {
    const first = S.cbSince == null;
    const list = await getJSON(`/_emu/callback_answers?since=${first ? 0 : S.cbSince}`);
    for (const a of list || []) {
      if (a.seq > (S.cbSince || 0)) S.cbSince = a.seq;
      if (!first && a.text) toast(a.text, a.show_alert ? 'alert' : 'info');
    }
    if (first && S.cbSince == null) S.cbSince = 0;
  }
  let inFlight = false, again = false, timer = null;
  function kick() { if (inFlight) again = true; else { clearTimeout(timer); poll(); } }
  async function poll() {
    inFlight = true;
    const core = [], extra = [];
    if (S.userId != null) {
      const uid = S.userId;
      core.push(pollChat(uid).then((r) => { if (uid === S.userId && r.changed) renderPrivate(r.fresh.length > 0 || r.first); }));
    }
    if (S.groupId != null) {
      const gid = S.groupId;
      core.push(pollChat(gid).then((r) => {
        for (const e of r.fresh) if (tkey(e) !== S.thread) S.unread[tkey(e)] = (S.unread[tkey(e)] || 0) + 1;
        if (r.changed) renderGroup(r.fresh.some((e) => tkey(e) === S.thread) || r.first);
      }));
      extra.push(getJSON(`/_emu/chats/${encodeURIComponent(gid)}/topics`).then((t) => { S.topics = Array.isArray(t) ? t : []; }));
    }
    core.push(getJSON('/_emu/clock').then(setClock));
    extra.push(pollCallbacks());
    if (S.tick % 10 === 9) extra.push(refreshState());
    const res = await Promise.allSettled(core.concat(extra));
    $('banner').hidden = res.slice(0, core.length).every((r) => r.status === 'fulfilled');
    if (S.groupId != null) renderTopics();
    S.tick++;
    inFlight = false;
    const soon = again;
    again = false;
    timer = setTimeout(poll, soon ? 0 : POLL_MS);
  }

  /* ---------- private chat ---------- */
  const currentUser = () => S.users.find((u) => u.id === S.userId) || null;
  function renderPrivate(scroll) {
    const list = $('chat-list');
    if (S.userId == null) { list.replaceChildren(); showEmpty('Choose a persona above or create a new one.', false); renderReplyKb([]); return; }
    const entries = sorted(store(S.userId));
    const added = reconcile(list, entries, { chatId: S.userId, group: false });
    showEmpty(entries.length ? null : 'No messages yet. Press START or type /start.', !entries.length);
    renderReplyKb(entries);
    if (scroll || added) toBottom($('chat'));
  }
  function showEmpty(text, withStart) {
    $('chat-empty').hidden = !text;
    if (text) $('chat-empty-text').textContent = text;
    $('start').hidden = !withStart;
  }
  function renderReplyKb(entries) {
    let kb = null;
    for (const e of entries) {
      const m = e.from_bot && e.reply_markup;
      if (!m) continue;
      if (Array.isArray(m.keyboard)) kb = { m, id: e.message_id, seq: e.seq };
      else if (m.remove_keyboard) kb = null;
    }
    const box = $('reply-kb'), toggle = $('kb-toggle');
    toggle.hidden = !kb;
    $('composer').placeholder = (kb && kb.m.input_field_placeholder) || 'Message';
    const sig = kb ? `${S.userId}:${kb.id}:${kb.seq}:${S.kbHidden === kb.id}` : '';
    if (sig === S.kbSig) return;
    S.kbSig = sig;
    box.replaceChildren();
    box.hidden = !kb || S.kbHidden === kb.id;
    toggle.setAttribute('aria-expanded', String(!box.hidden));
    if (!kb) return;
    for (const row of kb.m.keyboard) {
      const r = h('div', { class: 'rkb-row' });
      for (const b of row || []) {
        const btn = typeof b === 'string' ? { text: b } : b;
        r.append(h('button', { type: 'button', class: 'rkb-btn', 'data-testid': 'reply-button', dir: 'auto', onclick: () => {
          if (kb.m.one_time_keyboard) { S.kbHidden = kb.id; renderReplyKb(sorted(store(S.userId))); }
          if (btn.request_contact) sendMedia('contact');
          else if (btn.request_location) sendMedia('location');
          else sendText(btn.text);
        } }, btn.text));
      }
      box.append(r);
    }
  }
  async function sendText(text) {
    if (S.userId == null) { toast('Choose or create a persona first.', 'error'); return false; }
    try { await post('/_emu/send', { user_id: S.userId, text }); } catch (err) { toast(`Could not send: ${err.message}`, 'error'); return false; }
    kick();
    return true;
  }
  async function sendMedia(kind, extra) {
    if (S.userId == null) { toast('Choose or create a persona first.', 'error'); return; }
    const body = Object.assign({ user_id: S.userId, kind }, extra || {});
    const comp = $('composer');
    if ((kind === 'photo' || kind === 'document') && comp.value.trim() && body.caption == null) { body.caption = comp.value.trim(); comp.value = ''; }
    if (kind === 'location') Object.assign(body, { latitude: 61.4978, longitude: 23.761 });
    if (kind === 'contact') Object.assign(body, { phone_number: '+358 40 123 4567', first_name: (currentUser() || {}).first_name || 'Test' });
    if (kind === 'sticker') body.emoji = '🐱';
    try { await post('/_emu/media', body); } catch (err) { toast(`Could not send ${kind}: ${err.message}`, 'error'); return; }
    kick();
  }
  async function sendSampleLetter() {
    // the demo renders a photo of a sample official letter dated today and sends it as this persona
    if (S.userId == null) { toast('Choose or create a persona first.', 'error'); return; }
    toast('Sending a photo of a sample letter…');
    try { await post('/demo/letter', { user_id: S.userId }); } catch (err) { toast(`Could not send the letter: ${err.message}`, 'error'); return; }
    kick();
  }
  function generatedPhoto() {
    const c = document.createElement('canvas');
    c.width = 320; c.height = 240;
    const g = c.getContext('2d');
    const grad = g.createLinearGradient(0, 0, 320, 240);
    grad.addColorStop(0, '#4f9de0'); grad.addColorStop(1, '#f6c35b');
    g.fillStyle = grad; g.fillRect(0, 0, 320, 240);
    g.fillStyle = 'rgba(255,255,255,.85)';
    g.beginPath(); g.arc(90, 150, 50, 0, Math.PI * 2); g.fill();
    g.fillStyle = '#17212b'; g.font = 'bold 22px sans-serif';
    g.fillText('Test photo', 150, 70);
    g.font = '16px sans-serif';
    g.fillText(new Date().toLocaleTimeString(), 150, 100);
    return c.toDataURL('image/png').split(',')[1];
  }
  let fileMode = 'document';
  function onFileChosen() {
    const input = $('file-input'), f = input.files && input.files[0];
    input.value = '';
    if (!f) return;
    if (f.size > 20 * 1024 * 1024) { toast('That file is too big for the demo (max 20 MB).', 'error'); return; }
    const rd = new FileReader();
    rd.onload = () => sendMedia(fileMode, { data_base64: String(rd.result).split(',')[1] || '', file_name: f.name, mime_type: f.type || 'application/octet-stream' });
    rd.onerror = () => toast('Could not read the file.', 'error');
    rd.readAsDataURL(f);
  }
  function attach(what) {
    closeMenu(false);
    if (what === 'photo') sendMedia('photo', { data_base64: generatedPhoto(), file_name: 'test-photo.png', mime_type: 'image/png' });
    else if (what === 'letter') sendSampleLetter();
    else if (what === 'photo-file' || what === 'document-file') {
      fileMode = what === 'photo-file' ? 'photo' : 'document';
      $('file-input').accept = fileMode === 'photo' ? 'image/*' : '';
      $('file-input').click();
    } else sendMedia(what);
  }
  function closeMenu(focusBack) {
    $('attach-menu').hidden = true;
    $('attach').setAttribute('aria-expanded', 'false');
    if (focusBack) $('attach').focus();
  }

  /* ---------- callback buttons ---------- */
  async function press(btn, ctx, messageId, data) {
    if (btn.classList.contains('busy')) return;
    const userId = ctx.group ? S.advisorId : S.userId;
    if (userId == null) { toast(ctx.group ? 'Choose an advisor first.' : 'Choose a persona first.', 'error'); return; }
    btn.classList.add('busy');
    btn.setAttribute('aria-busy', 'true');
    try { await post('/_emu/press', { user_id: userId, chat_id: ctx.chatId, message_id: messageId, callback_data: data }); }
    catch (err) { toast(err.message, 'error'); }
    finally { btn.classList.remove('busy'); btn.removeAttribute('aria-busy'); kick(); }
  }

  /* ---------- personas ---------- */
  // Staff ids that only act in the advisors' group; "private_staff" (the coordinator) also chat with the bot.
  function advisorOnly() {
    const own = new Set(S.config.private_staff || []);
    return new Set((S.config.advisors || []).map((a) => a.id).filter((id) => !own.has(id)));
  }
  function renderPersonas() {
    const adv = advisorOnly();
    const people = S.users.filter((u) => !adv.has(u.id) && !u.is_bot && (!S.bot || u.id !== S.bot.id));
    const presets = (S.config.personas || []).filter((p) => !people.some((u) => u.first_name === p.first_name && (u.language_code || null) === (p.language_code || null)));
    const sig = JSON.stringify([people.map((u) => [u.id, u.first_name, u.language_code]), presets, S.userId]);
    if (sig === S.personaSig) return;
    S.personaSig = sig;
    const sel = $('persona-select');
    const opts = [];
    if (S.userId == null) opts.push(h('option', { value: '', selected: true }, people.length || presets.length ? '— choose a persona —' : '— no personas yet —'));
    for (const u of people) opts.push(h('option', { value: u.id, selected: u.id === S.userId }, `${u.first_name} (${u.language_code || 'no language'})`));
    if (presets.length) {
      opts.push(h('optgroup', { label: 'Create a ready-made persona' },
        presets.map((p) => h('option', { value: 'preset:' + JSON.stringify([p.first_name, p.language_code || null]) }, `+ ${p.first_name} (${p.language_code || 'no language'})`))));
    }
    sel.replaceChildren(...opts);
    if (S.userId != null) sel.value = String(S.userId);
  }
  async function createUser(name, lang) {
    const body = { first_name: name };
    if (lang && lang !== 'none') body.language_code = lang;
    try {
      const u = await post('/_emu/users', body);
      if (!S.users.some((x) => x.id === u.id)) S.users.push(u);
      selectUser(u.id);
      toast(`Persona “${u.first_name}” created.`);
      return true;
    } catch (err) { toast(`Could not create persona: ${err.message}`, 'error'); renderPersonas(); return false; }
  }
  function selectUser(id) {
    S.userId = id;
    S.kbHidden = null;
    S.kbSig = '-';
    if (id != null) saved('user', id);
    const u = currentUser();
    $('bot-sub').textContent = u ? `bot · you are ${u.first_name} (${u.language_code || 'no language'})` : 'bot';
    renderPersonas();
    renderPrivate(true);
    kick();
  }
  async function refreshState() {
    const st = await getJSON('/_emu/state');
    S.bot = st.bot || S.bot;
    S.users = st.users || [];
    S.groups = st.groups || [];
    if (S.bot) {
      $('bot-name').textContent = S.bot.first_name || 'Bot';
      $('bot-avatar').textContent = (S.bot.first_name || 'B').slice(0, 1).toUpperCase();
      if (S.bot.username) $('bot-name').title = '@' + S.bot.username;
    }
    if (S.groupId == null) {
      const g = S.groups.find((x) => x.is_forum) || null;
      if (g) setGroup(g.id);
    }
    const g = S.groups.find((x) => x.id === S.groupId);
    $('group-name').textContent = g ? g.title : '';
    renderPersonas();
  }

  /* ---------- advisors' group ---------- */
  function setGroup(id) {
    S.groupId = id;
    $('group-form').hidden = false;
    renderGroup(true);
  }
  function renderGroup(scroll) {
    if (S.groupId == null) return;
    const entries = sorted(store(S.groupId)).filter((e) => tkey(e) === S.thread);
    const added = reconcile($('group-list'), entries, { chatId: S.groupId, group: true });
    $('group-empty').hidden = entries.length > 0;
    if (scroll || added) toBottom($('group-chat'));
  }
  function renderTopics() {
    const items = [{ id: '0', name: 'General' }], known = new Set(['0']), last = {};
    for (const e of store(S.groupId).msgs.values()) last[tkey(e)] = Math.max(last[tkey(e)] || 0, e.message_id);
    for (const t of S.topics) {
      const id = String(t.message_thread_id);
      if (t.deleted || known.has(id)) continue;
      known.add(id);
      items.push({ id, name: t.name, closed: !!t.closed, color: t.icon_color });
    }
    for (const id of Object.keys(last)) if (!known.has(id)) { known.add(id); items.push({ id, name: `Topic ${id}` }); }
    const rest = items.slice(1).sort((a, b) => (last[b.id] || +b.id) - (last[a.id] || +a.id));
    const all = [items[0], ...rest];
    if (!known.has(S.thread)) selectThread('0');
    const cur = all.find((t) => t.id === S.thread);
    $('thread-title').textContent = cur ? `${cur.closed ? '🔒 ' : ''}${cur.name}` : 'General';
    const sig = JSON.stringify([all, S.thread, S.unread]);
    if (sig === S.topicSig) return;
    S.topicSig = sig;
    const ul = $('topics');
    const focused = document.activeElement && ul.contains(document.activeElement) ? document.activeElement.dataset.threadId : null;
    ul.replaceChildren(...all.map((t) => {
      const n = t.id === S.thread ? 0 : S.unread[t.id] || 0;
      const dot = h('span', { class: 'dot', 'aria-hidden': 'true' });
      if (typeof t.color === 'number') dot.style.background = '#' + t.color.toString(16).padStart(6, '0');
      return h('li', null, h('button', { type: 'button', class: 'topic', 'data-testid': 'topic', 'data-thread-id': t.id,
        'aria-current': t.id === S.thread ? 'true' : null, onclick: () => selectThread(t.id) },
      dot, h('span', { class: 'topic-name', dir: 'auto' }, t.name), t.closed ? h('span', { class: 'closed', title: 'Closed', 'aria-label': 'closed' }, '🔒') : null,
      n ? h('span', { class: 'badge', 'data-testid': 'unread', 'aria-label': `${n} new` }, String(n)) : null));
    }));
    if (focused) { const b = ul.querySelector(`[data-thread-id="${CSS.escape(focused)}"]`); if (b) b.focus(); }
  }
  function selectThread(id) {
    S.thread = String(id);
    S.unread[S.thread] = 0;
    saved('thread', S.thread);
    renderGroup(true);
    renderTopics();
  }
  function renderAdvisors() {
    const sel = $('advisor-select'), adv = S.config.advisors || [];
    sel.replaceChildren(...adv.map((a) => h('option', { value: a.id }, a.first_name)));
    if (!adv.length) sel.append(h('option', { value: '' }, '(no advisors)'));
    const keep = Number(saved('advisor'));
    S.advisorId = adv.some((a) => a.id === keep) ? keep : adv.length ? adv[0].id : null;
    if (S.advisorId != null) sel.value = String(S.advisorId);
  }

  /* ---------- wiring ---------- */
  function bind() {
    $('composer-form').addEventListener('submit', async (ev) => {
      ev.preventDefault();
      const inp = $('composer'), text = inp.value;
      if (!text.trim()) return;
      inp.value = '';
      if (!(await sendText(text))) inp.value = text;
    });
    $('start').addEventListener('click', () => sendText('/start'));
    $('persona-select').addEventListener('change', (ev) => {
      const v = ev.target.value;
      if (v.startsWith('preset:')) { const [n, l] = JSON.parse(v.slice(7)); createUser(n, l || 'none'); }
      else if (v) selectUser(Number(v));
    });
    $('persona-form').addEventListener('submit', async (ev) => {
      ev.preventDefault();
      const name = $('persona-name').value.trim();
      if (!name) return;
      if (await createUser(name, $('persona-lang').value)) $('persona-name').value = '';
    });
    document.querySelectorAll('[data-minutes]').forEach((b) => b.addEventListener('click', async () => {
      b.disabled = true;
      try { setClock(await post('/_emu/clock/advance', { minutes: Number(b.dataset.minutes) })); toast(`Time moved forward: ${b.textContent}`); }
      catch (err) { toast(`Could not change time: ${err.message}`, 'error'); }
      finally { b.disabled = false; kick(); }
    }));
    const menu = $('attach-menu');
    $('attach').addEventListener('click', () => {
      const open = menu.hidden;
      menu.hidden = !open;
      $('attach').setAttribute('aria-expanded', String(open));
      if (open) menu.querySelector('button').focus();
    });
    menu.addEventListener('click', (ev) => { const b = ev.target.closest('[data-attach]'); if (b) attach(b.dataset.attach); });
    menu.addEventListener('keydown', (ev) => {
      const items = [...menu.querySelectorAll('button')], i = items.indexOf(document.activeElement);
      if (ev.key === 'Escape') { ev.preventDefault(); closeMenu(true); }
      else if (ev.key === 'ArrowDown') { ev.preventDefault(); items[(i + 1) % items.length].focus(); }
      else if (ev.key === 'ArrowUp') { ev.preventDefault(); items[(i - 1 + items.length) % items.length].focus(); }
    });
    document.addEventListener('click', (ev) => { if (!menu.hidden && !ev.target.closest('.attach-wrap')) closeMenu(false); });
    $('file-input').addEventListener('change', onFileChosen);
    $('kb-toggle').addEventListener('click', () => {
      const entries = sorted(store(S.userId)), box = $('reply-kb');
      S.kbHidden = box.hidden ? null : Number((entries.filter((e) => e.from_bot && e.reply_markup && e.reply_markup.keyboard).pop() || {}).message_id);
      renderReplyKb(entries);
    });
    $('advisor-select').addEventListener('change', (ev) => { S.advisorId = ev.target.value ? Number(ev.target.value) : null; if (S.advisorId != null) saved('advisor', S.advisorId); });
    $('group-photo').addEventListener('click', async () => {
      if (S.groupId == null || S.advisorId == null) { toast('No advisors group or advisor configured.', 'error'); return; }
      const body = { user_id: S.advisorId, chat_id: S.groupId, kind: 'photo', data_base64: generatedPhoto(), file_name: 'advisor-photo.png' };
      const cap = $('group-composer').value.trim();
      if (cap) { body.caption = cap; $('group-composer').value = ''; }
      if (S.thread !== '0') body.message_thread_id = Number(S.thread);
      try { await post('/_emu/media', body); kick(); } catch (err) { toast(`Could not send photo: ${err.message}`, 'error'); }
    });
    $('group-form').addEventListener('submit', async (ev) => {
      ev.preventDefault();
      const inp = $('group-composer'), text = inp.value;
      if (!text.trim()) return;
      if (S.groupId == null || S.advisorId == null) { toast('No advisors group or advisor configured.', 'error'); return; }
      const body = { user_id: S.advisorId, chat_id: S.groupId, text };
      if (S.thread !== '0') body.message_thread_id = Number(S.thread);
      inp.value = '';
      try { await post('/_emu/send', body); kick(); } catch (err) { inp.value = text; toast(`Could not send: ${err.message}`, 'error'); }
    });
  }

  async function init() {
    bind();
    try { Object.assign(S.config, await getJSON('/demo/config')); } catch (_) { /* plain emulator without demo config */ }
    if (S.config.sample_letter) $('attach-letter').hidden = false;  // only the demo serves /demo/letter
    renderAdvisors();
    if (S.config.advisors_chat_id != null) setGroup(S.config.advisors_chat_id);
    const t = saved('thread');
    if (t) S.thread = t;
    try { await refreshState(); } catch (_) { $('banner').hidden = false; }
    try { setClock(await getJSON('/_emu/clock')); } catch (_) { /* the poll loop retries */ }
    if (S.groupId == null) { $('group-form').hidden = true; $('group-empty').hidden = false; $('group-empty').textContent = "No advisors' forum group is configured."; }
    const wanted = Number(new URLSearchParams(location.search).get('user') || saved('user'));
    const people = S.users.filter((u) => !advisorOnly().has(u.id));
    const staff = new Set(S.config.private_staff || []);
    const pick = people.find((u) => u.id === wanted) || people.find((u) => !staff.has(u.id)) || people[0] || null;
    selectUser(pick ? pick.id : null);
    document.body.dataset.ready = '1';
  }
  init();
})();
